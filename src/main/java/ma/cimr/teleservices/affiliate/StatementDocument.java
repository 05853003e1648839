package ma.cimr.teleservices.affiliate;

/** The points statement as a file to download: its name (with the matricule) and the PDF's bytes. */
public record StatementDocument(String fileName, byte[] content) {

    public static final String CONTENT_TYPE = "application/pdf";
}
