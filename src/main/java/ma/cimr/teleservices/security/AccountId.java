package ma.cimr.teleservices.security;

/**
 * The database id of a login (user account), typed so that a method taking several ids cannot be handed one
 * for another when it crosses from one feature to the next. It lives in the kernel because the
 * signed-in user carries it; inside a feature, a repository may still use the raw number.
 */
public record AccountId(long value) {

    public static AccountId of(long value) {
        return new AccountId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
