package ma.cimr.teleservices.listening;

/** Where staff are with a suggestion: not yet read, read, answered (when its author left a contact or it led somewhere). */
public enum SuggestionStatus {
    NEW,
    READ,
    ANSWERED
}
