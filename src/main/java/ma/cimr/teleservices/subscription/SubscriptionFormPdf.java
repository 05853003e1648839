package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import ma.cimr.teleservices.shared.ContactChannels;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The subscription form to print, have signed and stamped by the head of the company, and send
 * to the fund: the address it goes to, the reference and date, the three parts as entered (never
 * the password), and the boxes for the signature and the company's stamp. One A4 page, in French,
 * Arabic (right to left, letters joined, DejaVu Sans embedded as for the points statement) or
 * English.
 */
@Component
class SubscriptionFormPdf {

    private final PortalI18NProvider i18n;
    private final ContactChannels contact;
    private final BaseFont regular = PdfWriting.REGULAR;
    private final BaseFont bold = PdfWriting.BOLD;

    SubscriptionFormPdf(PortalI18NProvider i18n, ContactChannels contact) {
        this.i18n = i18n;
        this.contact = contact;
    }

    SubscriptionDocument render(Subscription subscription, Locale requested) {
        Locale locale = PortalI18NProvider.supported(requested);
        var document = new Document(PageSize.A4, 40, 40, 36, 36);
        Writing w = new Writing(locale);
        byte[] content = w.draw(document, w.t("delegateSubscription.pdf.title"), () -> {

            PdfPTable header = w.table(new float[]{3, 2});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(bold, 10, Font.NORMAL, PdfWriting.INK), false));
            header.addCell(w.cell(w.t("delegateSubscription.pdf.to") + "\n" + w.t("delegateSubscription.pdf.fundName")
                    + "\n" + contact.postalAddress(), new Font(regular, 9), true));
            PdfPCell title = w.cell(w.t("delegateSubscription.pdf.title"), new Font(bold, 15), false);
            title.setColspan(2);
            title.setPaddingTop(10);
            header.addCell(title);
            Instant submitted = subscription.emailConfirmedAt() != null ? subscription.emailConfirmedAt()
                    : subscription.appliedAt();
            PdfPCell reference = w.cell(w.t("delegateSubscription.pdf.reference", subscription.reference()) + "    "
                    + w.t("delegateSubscription.pdf.date",
                    Formats.date(LocalDate.ofInstant(submitted, BusinessCalendar.ZONE), locale)), new Font(bold, 10), false);
            reference.setColspan(2);
            header.addCell(reference);
            PdfPCell instructions = w.cell(w.t("delegateSubscription.pdf.instructions"), new Font(regular, 8.5f), false);
            instructions.setColspan(2);
            header.addCell(instructions);
            header.setSpacingAfter(8);
            document.add(header);

            PdfPTable general = w.section("delegateSubscription.section.general");
            w.pair(general, "delegateSubscription.field.adherentNumber", subscription.adherentNumber());
            w.pair(general, "delegateSubscription.field.legalName", subscription.legalName());
            w.pair(general, "delegateSubscription.field.rc", subscription.rcNumber());
            w.pair(general, "delegateSubscription.field.patente", subscription.patenteNumber());
            w.pair(general, "delegateSubscription.field.website", subscription.website());
            document.add(general);

            ContactPerson head = subscription.head();
            PdfPTable headTable = w.section("delegateSubscription.section.head");
            w.person(headTable, head);
            w.pair(headTable, "delegateSubscription.field.landline1", w.phone(head.landline1()));
            w.pair(headTable, "delegateSubscription.field.landline2", w.phone(head.landline2()));
            w.pair(headTable, "delegateSubscription.field.fax", w.phone(head.fax()));
            w.pair(headTable, "delegateSubscription.field.gsm", w.phone(head.gsm()));
            w.pair(headTable, "delegateSubscription.field.email", head.email());
            document.add(headTable);

            ContactPerson delegate = subscription.delegate();
            PdfPTable delegateTable = w.section("delegateSubscription.section.delegate");
            w.person(delegateTable, delegate);
            w.pair(delegateTable, "delegateSubscription.field.gsm", w.phone(delegate.gsm()));
            w.pair(delegateTable, "delegateSubscription.field.fax", w.phone(delegate.fax()));
            w.pair(delegateTable, "delegateSubscription.field.email", delegate.email());
            PdfPCell password = w.cell(w.t("delegateSubscription.pdf.password"), new Font(regular, 8, Font.ITALIC,
                    Color.DARK_GRAY), false);
            password.setColspan(2);
            delegateTable.addCell(password);
            document.add(delegateTable);

            PdfPTable signatures = w.table(new float[]{1, 1});
            signatures.setSpacingBefore(10);
            for (String key : new String[]{"delegateSubscription.pdf.signature", "delegateSubscription.pdf.stamp"}) {
                PdfPCell box = w.cell(w.t(key), new Font(bold, 9), true);
                box.setFixedHeight(110);
                box.setVerticalAlignment(Element.ALIGN_TOP);
                signatures.addCell(box);
            }
            document.add(signatures);
        });
        return new SubscriptionDocument("abonnement-" + subscription.reference() + "-" + locale.getLanguage() + ".pdf",
                content);
    }

    /** The cells of one document, in its language's direction and with its letters joined. */
    private final class Writing extends PdfWriting {

        Writing(Locale locale) {
            super(i18n, locale);
        }

        /** A titled part of the form: one label and its value per line, as the paper form has them. */
        PdfPTable section(String titleKey) throws DocumentException {
            PdfPTable table = table(new float[]{2, 5});
            PdfPCell title = cell(t(titleKey), new Font(bold, 10), true);
            title.setColspan(2);
            title.setBackgroundColor(PdfWriting.SHADE);
            table.addCell(title);
            table.setSpacingAfter(5);
            return table;
        }

        void person(PdfPTable table, ContactPerson person) {
            pair(table, "delegateSubscription.field.civility",
                    person.civility() == null ? null : t("delegateSubscription.civility." + person.civility()));
            pair(table, "delegateSubscription.field.lastName", person.lastName());
            pair(table, "delegateSubscription.field.firstName", person.firstName());
            pair(table, "delegateSubscription.field.function", person.function());
            pair(table, "delegateSubscription.field.directPhone", phone(person.directPhone()));
        }

        /**
         * Pairs of digits; in Arabic joined by dots, since the bidirectional algorithm would lay
         * space-separated pairs out right to left (a dot between digits keeps the number whole).
         */
        String phone(@Nullable String nationalNumber) {
            String shown = SubscriptionRules.displayed(nationalNumber);
            return rightToLeft() ? shown.replace(' ', '.') : shown;
        }

        void pair(PdfPTable table, String labelKey, @Nullable String value) {
            PdfPCell label = cell(t(labelKey), new Font(regular, 8.5f, Font.NORMAL, Color.DARK_GRAY), true);
            PdfPCell text = cell(value == null || value.isBlank() ? "—" : value, new Font(bold, 8.5f), true);
            label.setPadding(3);
            text.setPadding(3);
            table.addCell(label);
            table.addCell(text);
        }
    }
}
