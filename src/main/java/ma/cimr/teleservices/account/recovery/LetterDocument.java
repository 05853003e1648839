package ma.cimr.teleservices.account.recovery;

/** A blank letter to print, fill in, sign and stamp: a PDF and the name to save it under. */
public record LetterDocument(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
