package ma.cimr.teleservices.shared.pdf;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEvent;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The cells of one PDF document, all in its language's direction and with Arabic letters joined
 * (OpenPDF's run direction and Arabic shaping, which work inside table cells). The text is in
 * DejaVu Sans, shipped in {@code fonts/} with its licence and embedded in each file, so the reader
 * needs no Arabic font. Each document (statement, subscription form, letters) extends it with the
 * cells of its own layout.
 */
public class PdfWriting {

    /** Loaded once for every document: the two files weigh about 1 MB. */
    public static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    public static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");

    /**
     * Letters are joined whatever the options; AR_LIG would add ligatures (lam-meem...) that DejaVu
     * Sans lacks, and those words would lose letters.
     */
    public static final int ARABIC_OPTIONS = 0;

    public static final Color RULE = new Color(0xB0, 0xB8, 0xC4);
    public static final Color SHADE = new Color(0xEC, 0xF0, 0xF5);
    public static final Color INK = new Color(0x1F, 0x3A, 0x5F);

    private final PortalI18NProvider i18n;
    private final Locale locale;
    private final boolean rightToLeft;
    private final int runDirection;

    protected PdfWriting(PortalI18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
        this.rightToLeft = PortalI18NProvider.isRightToLeft(locale);
        this.runDirection = rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public int runDirection() {
        return runDirection;
    }

    public String t(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    /** What a document draws once it is open. */
    @FunctionalInterface
    public interface Body {
        void draw() throws DocumentException;
    }

    /**
     * One document of the fund in this writing's language and direction: titled, signed by the
     * fund, its language declared, drawn by {@code body}, and returned as bytes. Every PDF of the
     * portal opens and closes this way; only its page size, margins and content differ.
     */
    public byte[] draw(Document document, String title, Body body) {
        return draw(document, title, null, body);
    }

    /** The same, with an event on each page (a page number in the footer). */
    public byte[] draw(Document document, String title, @Nullable PdfPageEvent pageEvent, Body body) {
        var out = new ByteArrayOutputStream();
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setRunDirection(runDirection);
            if (pageEvent != null) {
                writer.setPageEvent(pageEvent);
            }
            document.addTitle(title);
            document.addAuthor(t("statement.pdf.fund"));
            document.setDocumentLanguage(locale.toLanguageTag());
            document.open();
            body.draw();
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not draw the document " + title, e);
        }
    }

    /** A label of a label and value pair, in grey. */
    public PdfPCell label(String key) {
        return cell(t(key), new Font(REGULAR, 9, Font.NORMAL, Color.DARK_GRAY), true);
    }

    public PdfPCell value(String text) {
        return cell(text, new Font(BOLD, 9), true);
    }

    /** A value that is an amount or a count: aligned on the right, whatever the direction. */
    public PdfPCell number(String text) {
        PdfPCell cell = value(text);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A section's title across {@code columns} columns of its table. */
    public PdfPCell heading(String key, int columns) {
        PdfPCell cell = cell(t(key), new Font(BOLD, 11), false);
        cell.setColspan(columns);
        cell.setPaddingBottom(6);
        return cell;
    }

    /** A full-width table whose widths are given in reading order, whatever the direction. */
    public PdfPTable table(float[] widths) throws DocumentException {
        var table = new PdfPTable(widths.length);
        // cells go right to left in Arabic, but the widths are taken from the left edge
        float[] fromLeft = widths.clone();
        if (rightToLeft) {
            for (int i = 0; i < widths.length; i++) {
                fromLeft[i] = widths[widths.length - 1 - i];
            }
        }
        table.setWidths(fromLeft);
        table.setWidthPercentage(100);
        table.setRunDirection(runDirection);
        return table;
    }

    /** A cell with the given borders ({@link Rectangle#BOX}, {@link Rectangle#BOTTOM}...). */
    public PdfPCell cell(String text, Font font, int border) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(runDirection);
        cell.setArabicOptions(ARABIC_OPTIONS);
        cell.setPadding(4);
        cell.setBorder(border);
        cell.setBorderColor(RULE);
        return cell;
    }

    public PdfPCell cell(String text, Font font, boolean bordered) {
        return cell(text, font, bordered ? Rectangle.BOX : Rectangle.NO_BORDER);
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfWriting.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
