package ma.cimr.teleservices.shell;

import ma.cimr.teleservices.security.AccountKind;

/** The user spaces of the portal, each under its own route prefix. */
public enum Space {
    PUBLIC(""),
    COMPANY("company"),
    DELEGATE("delegate"),
    AFFILIATE("affiliate"),
    RETIREE("retiree"),
    BACKOFFICE("backoffice");

    private final String route;

    Space(String route) {
        this.route = route;
    }

    public String route() {
        return route;
    }

    /** The space an account lands in after login. */
    public static Space of(AccountKind kind) {
        return switch (kind) {
            case DELEGATE -> DELEGATE;
            case COMPANY_USER -> COMPANY;
            case AFFILIATE -> AFFILIATE;
            case RETIREE -> RETIREE;
            case STAFF -> BACKOFFICE;
        };
    }
}
