package ma.cimr.teleservices.request;

/** A starting point for an answer, in one language; the agent completes it. */
public record AnswerTemplate(String code, String language, String title, String body) {
}
