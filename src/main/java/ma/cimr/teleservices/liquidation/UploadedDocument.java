package ma.cimr.teleservices.liquidation;

/** A paper as the company sent it; the service checks its size and what it really is. */
public record UploadedDocument(DocumentKind kind, String fileName, String contentType, byte[] content) {
}
