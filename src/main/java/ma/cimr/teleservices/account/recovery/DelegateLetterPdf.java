package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import ma.cimr.teleservices.shared.ContactChannels;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two blank letters of the user administrator's procedures, as A4 PDFs in French, Arabic or
 * English: the company fills in the blanks, signs, stamps and sends it to the Agence Virtuelle.
 * No password is ever written on them: the delegate chooses it through the link they receive.
 *
 * <p>Arabic as in the points statement (affiliate/StatementPdf): right-to-left cells, joined
 * letters, DejaVu Sans embedded.
 */
@Component
public class DelegateLetterPdf {

    private final PortalI18NProvider i18n;
    private final ContactChannels contact;
    private final BaseFont regular = PdfWriting.REGULAR;
    private final BaseFont bold = PdfWriting.BOLD;

    DelegateLetterPdf(PortalI18NProvider i18n, ContactChannels contact) {
        this.i18n = i18n;
        this.contact = contact;
    }

    /** Blank forms, the same for everyone: no authorization needed to download them. */
    public LetterDocument blank(DelegateLetterKind kind, Locale requested) {
        Locale locale = PortalI18NProvider.supported(requested);
        String name = kind == DelegateLetterKind.PASSWORD_RESET ? "reinitialisation-mot-de-passe-delegue"
                : "mise-a-jour-email-delegue";
        return new LetterDocument(name + "-" + locale.getLanguage() + ".pdf", draw(kind, locale));
    }

    private byte[] draw(DelegateLetterKind kind, Locale locale) {
        var document = new Document(PageSize.A4, 48, 48, 40, 40);
        Writing w = new Writing(locale);
        String title = w.t("recovery.letter.title." + kind.name());
        return w.draw(document, title, () -> {

            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(bold, 10, Font.NORMAL, PdfWriting.INK), Rectangle.NO_BORDER));
            header.addCell(w.cell(title, new Font(bold, 16), Rectangle.NO_BORDER));
            header.setSpacingAfter(10);
            document.add(header);

            PdfPTable sender = w.table(new float[]{2, 3});
            sender.addCell(w.heading("recovery.letter.company", 2));
            w.blank(sender, "recovery.letter.legalName");
            w.blank(sender, "recovery.letter.adherentNumber");
            w.blank(sender, "recovery.letter.address");
            sender.setSpacingAfter(10);
            document.add(sender);

            PdfPTable recipient = w.table(new float[]{1});
            recipient.addCell(w.cell(w.t("recovery.letter.to"), new Font(bold, 10), Rectangle.NO_BORDER));
            recipient.addCell(w.cell(w.t("recovery.letter.agency"), new Font(regular, 10), Rectangle.NO_BORDER));
            recipient.addCell(w.cell(contact.postalAddress(), new Font(regular, 10), Rectangle.NO_BORDER));
            recipient.setWidthPercentage(55);
            recipient.setHorizontalAlignment(w.rightToLeft() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            recipient.setSpacingAfter(12);
            document.add(recipient);

            PdfPTable body = w.table(new float[]{1});
            body.addCell(w.cell(w.t("recovery.letter.subject", title), new Font(bold, 10), Rectangle.NO_BORDER));
            body.addCell(w.cell(w.t("recovery.letter.body." + kind.name()), new Font(regular, 10), Rectangle.NO_BORDER));
            body.setSpacingAfter(6);
            document.add(body);

            PdfPTable delegate = w.table(new float[]{2, 3});
            delegate.addCell(w.heading("recovery.letter.delegate", 2));
            for (String field : fields(kind)) {
                w.blank(delegate, field);
            }
            delegate.setSpacingAfter(6);
            document.add(delegate);

            PdfPTable next = w.table(new float[]{1});
            next.addCell(w.cell(w.t("recovery.letter.next." + kind.name()), new Font(regular, 9, Font.NORMAL, Color.DARK_GRAY),
                    Rectangle.NO_BORDER));
            next.addCell(w.cell(w.t("recovery.letter.placeAndDate"), new Font(regular, 10), Rectangle.NO_BORDER));
            next.setSpacingAfter(8);
            document.add(next);

            PdfPTable boxes = w.table(new float[]{1, 1});
            boxes.addCell(w.box("recovery.letter.signature"));
            boxes.addCell(w.box("recovery.letter.stamp"));
            boxes.setSpacingAfter(10);
            document.add(boxes);

            PdfPTable footer = w.table(new float[]{1});
            footer.addCell(w.cell(w.t("recovery.letter.send"), new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY),
                    Rectangle.TOP));
            document.add(footer);
        });
    }

    private static List<String> fields(DelegateLetterKind kind) {
        List<String> fields = new ArrayList<>(List.of("recovery.letter.delegateName", "recovery.letter.cin",
                "recovery.letter.function", "recovery.letter.login"));
        if (kind == DelegateLetterKind.EMAIL_UPDATE) {
            fields.add("recovery.letter.oldEmail");
            fields.add("recovery.letter.newEmail");
        }
        return fields;
    }

    /** The cells of one letter, in its language's direction and with its letters joined. */
    private final class Writing extends PdfWriting {

        Writing(Locale locale) {
            super(i18n, locale);
        }

        /** The letter's headings stand without the statement's padding. */
        @Override
        public PdfPCell heading(String key, int columns) {
            PdfPCell cell = cell(t(key), new Font(bold, 11), Rectangle.NO_BORDER);
            cell.setColspan(columns);
            return cell;
        }

        /** A label and the line to write on. */
        void blank(PdfPTable table, String key) {
            table.addCell(cell(t(key), new Font(regular, 10), Rectangle.NO_BORDER));
            PdfPCell line = cell("", new Font(regular, 10), Rectangle.BOTTOM);
            line.setMinimumHeight(22);
            table.addCell(line);
        }

        /** A framed box for the signature or the stamp, its caption at the top. */
        PdfPCell box(String key) {
            PdfPCell cell = cell(t(key), new Font(regular, 9, Font.NORMAL, Color.DARK_GRAY), Rectangle.BOX);
            cell.setMinimumHeight(120);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }
    }
}
