package ma.cimr.teleservices.request;

/** A file joined to a request: a scan of a letter, a certificate, a screenshot. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
