package ma.cimr.teleservices.subscription;

/** Which Moroccan numbers a field takes: fixed lines and faxes start 05, mobiles 06 or 07. */
public enum PhoneKind {
    LANDLINE("5"), MOBILE("67"), ANY("567");

    private final String firstDigits;

    PhoneKind(String firstDigits) {
        this.firstDigits = firstDigits;
    }

    boolean accepts(char digitAfterZero) {
        return firstDigits.indexOf(digitAfterZero) >= 0;
    }

    /** The translation key of the message for a number this field refuses. */
    public String errorKey() {
        return "delegateSubscription.error.phone." + name();
    }
}
