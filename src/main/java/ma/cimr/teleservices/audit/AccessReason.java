package ma.cimr.teleservices.audit;

/**
 * Why a staff member opens a person's file, the short choice they make before the screen shows it
 * (DD041); a sentence of their own goes with it. The person reads both.
 */
public enum AccessReason {
    /** working a request the person filed */
    REQUEST,
    /** working a pension claim, a liquidation */
    CLAIM,
    /** checking documents the person sent */
    DOCUMENTS,
    /** the person called, wrote or came to the desk */
    CONTACT,
    /** an internal control or an audit */
    CONTROL,
    OTHER
}
