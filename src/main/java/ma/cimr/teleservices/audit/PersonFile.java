package ma.cimr.teleservices.audit;

/**
 * Whose file a staff screen opens (DD041): a login (a request's requester, whatever their space), an
 * affiliate (a pension claim, a buy-back) or a retiree (their documents and changes). The person
 * reads every entry made under any of the three that is theirs, so each screen names the person the
 * way it knows them, without looking up the others.
 */
public record PersonFile(Kind kind, long id) implements java.io.Serializable {

    public enum Kind { ACCOUNT, AFFILIATE, RETIREE }

    public static PersonFile account(long accountId) {
        return new PersonFile(Kind.ACCOUNT, accountId);
    }

    public static PersonFile affiliate(long affiliateId) {
        return new PersonFile(Kind.AFFILIATE, affiliateId);
    }

    public static PersonFile retiree(long retireeId) {
        return new PersonFile(Kind.RETIREE, retireeId);
    }
}
