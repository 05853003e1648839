package ma.cimr.teleservices.help;

import ma.cimr.teleservices.account.recovery.LetterDocument;
import ma.cimr.teleservices.shared.ContactChannels;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

/**
 * The "Réabonnement aux téléservices CIMR" letter the user guide sends companies to when their
 * user administrator left or changed post: the company names the new delegate, signs, stamps and
 * sends it to the head of the Agence Virtuelle. Blank, A4, in French, Arabic or English, drawn like
 * the delegate's two other letters (account/recovery/DelegateLetterPdf): fields to fill by hand,
 * the fund's address, boxes for the signature and the stamp. No password is ever written on it.
 */
@Component
public class ResubscriptionLetterPdf {

    private static final List<String> COMPANY = List.of("help.letter.legalName", "help.letter.adherentNumber",
            "help.letter.address");
    private static final List<String> FORMER = List.of("help.letter.name", "help.letter.function",
            "help.letter.leftOn");
    private static final List<String> NEW_DELEGATE = List.of("help.letter.civility", "help.letter.name",
            "help.letter.cin", "help.letter.function", "help.letter.phone", "help.letter.mobile", "help.letter.email");

    private final PortalI18NProvider i18n;
    private final ContactChannels contact;

    ResubscriptionLetterPdf(PortalI18NProvider i18n, ContactChannels contact) {
        this.i18n = i18n;
        this.contact = contact;
    }

    public LetterDocument blank(Locale requested) {
        Locale locale = PortalI18NProvider.supported(requested);
        return new LetterDocument("reabonnement-teleservices-" + locale.getLanguage() + ".pdf", draw(locale));
    }

    private byte[] draw(Locale locale) {
        var document = new Document(PageSize.A4, 48, 48, 36, 36);
        Writing w = new Writing(locale);
        String title = w.t("help.letter.title");
        return w.draw(document, title, () -> {
            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(PdfWriting.BOLD, 10, Font.NORMAL, PdfWriting.INK),
                    Rectangle.NO_BORDER));
            header.addCell(w.cell(title, new Font(PdfWriting.BOLD, 16), Rectangle.NO_BORDER));
            header.setSpacingAfter(8);
            document.add(header);

            document.add(w.block("help.letter.company", COMPANY));

            PdfPTable recipient = w.table(new float[]{1});
            recipient.addCell(w.cell(w.t("help.letter.to"), new Font(PdfWriting.BOLD, 10), Rectangle.NO_BORDER));
            recipient.addCell(w.cell(contact.postalAddress(), new Font(PdfWriting.REGULAR, 10), Rectangle.NO_BORDER));
            recipient.setWidthPercentage(55);
            recipient.setHorizontalAlignment(w.rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            recipient.setSpacingAfter(8);
            document.add(recipient);

            PdfPTable body = w.table(new float[]{1});
            body.addCell(w.cell(w.t("help.letter.subject"), new Font(PdfWriting.BOLD, 10), Rectangle.NO_BORDER));
            body.addCell(w.cell(w.t("help.letter.body"), new Font(PdfWriting.REGULAR, 10), Rectangle.NO_BORDER));
            body.setSpacingAfter(4);
            document.add(body);

            document.add(w.block("help.letter.former", FORMER));
            document.add(w.block("help.letter.newDelegate", NEW_DELEGATE));

            PdfPTable next = w.table(new float[]{1});
            next.addCell(w.cell(w.t("help.letter.next"), new Font(PdfWriting.REGULAR, 9, Font.NORMAL, Color.DARK_GRAY),
                    Rectangle.NO_BORDER));
            next.addCell(w.cell(w.t("help.letter.placeAndDate"), new Font(PdfWriting.REGULAR, 10), Rectangle.NO_BORDER));
            next.setSpacingAfter(6);
            document.add(next);

            PdfPTable boxes = w.table(new float[]{1, 1});
            boxes.addCell(w.box("help.letter.signature"));
            boxes.addCell(w.box("help.letter.stamp"));
            document.add(boxes);
        });
    }

    /** The cells of the letter, in its language's direction and with its letters joined. */
    private final class Writing extends PdfWriting {

        Writing(Locale locale) {
            super(i18n, locale);
        }

        /** A titled group of labels, each with the line to write on. */
        PdfPTable block(String titleKey, List<String> fieldKeys) throws org.openpdf.text.DocumentException {
            PdfPTable table = table(new float[]{2, 3});
            PdfPCell heading = cell(t(titleKey), new Font(PdfWriting.BOLD, 11), Rectangle.NO_BORDER);
            heading.setColspan(2);
            table.addCell(heading);
            for (String key : fieldKeys) {
                table.addCell(cell(t(key), new Font(PdfWriting.REGULAR, 10), Rectangle.NO_BORDER));
                PdfPCell line = cell("", new Font(PdfWriting.REGULAR, 10), Rectangle.BOTTOM);
                line.setMinimumHeight(20);
                table.addCell(line);
            }
            table.setSpacingAfter(6);
            return table;
        }

        /** A framed box for the signature or the stamp, its caption at the top. */
        PdfPCell box(String key) {
            PdfPCell cell = cell(t(key), new Font(PdfWriting.REGULAR, 9, Font.NORMAL, Color.DARK_GRAY), Rectangle.BOX);
            cell.setMinimumHeight(100);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }
    }
}
