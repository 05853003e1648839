package ma.cimr.teleservices.membership;

/**
 * The options a member company may add to its retirement offer (charter adhérents n°9): Moubakkir
 * and Mousabbak. Names only here: what each one costs and gives is the fund's to publish, and the
 * points rules that apply them live with the affiliates' simulator.
 */
public enum MembershipOption {
    MOUBAKKIR,
    MOUSABBAK;

    public String labelKey() {
        return "membership.option." + name();
    }
}
