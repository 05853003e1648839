package ma.cimr.teleservices.listening;

/** What a suggestion is about, so staff send it to whoever can act on it. */
public enum SuggestionCategory {
    /** the site and its téléservices */
    PORTAL,
    /** reception, requests and their processing */
    SERVICE,
    /** information, documents, guides */
    INFORMATION,
    OTHER
}
