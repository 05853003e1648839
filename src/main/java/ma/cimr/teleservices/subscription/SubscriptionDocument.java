package ma.cimr.teleservices.subscription;

/** The subscription form to print, sign and stamp: its file name and the PDF's bytes. */
public record SubscriptionDocument(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
