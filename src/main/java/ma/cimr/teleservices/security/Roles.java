package ma.cimr.teleservices.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code @PreAuthorize}. */
public final class Roles {

    public static final String DELEGATE = "DELEGATE";
    public static final String COMPANY_ACCOUNT = "COMPANY_ACCOUNT";
    public static final String DECLARATION = "DECLARATION";
    public static final String PAYMENT_ORDERER = "PAYMENT_ORDERER";
    public static final String PAYMENT_VALIDATOR = "PAYMENT_VALIDATOR";
    public static final String LIQUIDATION = "LIQUIDATION";
    public static final String AFFILIATE = "AFFILIATE";
    public static final String RETIREE = "RETIREE";
    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String CONCILIATOR = "CONCILIATOR";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";

    /**
     * Not a role an account is given: the authority every requester role implies (see
     * {@link Role#REQUESTERS}, granted by {@link PortalUser}), so the request feature's screens shared
     * by the requesters' spaces name one authority instead of repeating eight roles.
     */
    public static final String REQUESTER = "REQUESTER";

    private Roles() {
    }
}
