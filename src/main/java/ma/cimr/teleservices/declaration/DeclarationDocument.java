package ma.cimr.teleservices.declaration;

/** A document to download: a receipt PDF, or the file the company sent. */
public record DeclarationDocument(String fileName, String mimeType, byte[] content) {
}
