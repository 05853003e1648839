package ma.cimr.teleservices.membership;

/**
 * What a member company may ask about its contract, each the charter's own commitment and request
 * type (adhérents n°7 to 9, 5 business days each).
 */
public enum ContractKind {
    EXTENSION("COMPANY_EXTENSION"),
    RATE_CHANGE("COMPANY_RATE_CHANGE"),
    OPTIONS("COMPANY_OPTIONS");

    private final String requestType;

    ContractKind(String requestType) {
        this.requestType = requestType;
    }

    /** The service request type filed with it: its clock and its place in the charter's figures. */
    public String requestType() {
        return requestType;
    }

    public String labelKey() {
        return "membership.contract.kind." + name();
    }
}
