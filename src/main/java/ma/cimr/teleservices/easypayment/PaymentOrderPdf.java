package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.companyaccount.FundBankAccount;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The receipt of a payment order, at once and at every step (French, Arabic or English): who orders
 * what from which account to the fund's, for which periods, when, its confirmations and where it
 * stands. The validator's screen and this receipt show the same figures.
 */
@Component
class PaymentOrderPdf {

    private final PortalI18NProvider i18n;
    private final FundBankAccount fund;

    PaymentOrderPdf(PortalI18NProvider i18n, FundBankAccount fund) {
        this.i18n = i18n;
        this.fund = fund;
    }

    byte[] render(PaymentOrder order, Locale locale) {
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        var w = new Writing(i18n, locale);
        return w.draw(document, w.t("easypayment.receipt.title", order.reference()), () -> {
            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("companyaccount.pdf.fund"), new Font(PdfWriting.BOLD, 11, Font.NORMAL, PdfWriting.INK), false));
            header.addCell(w.cell(w.t("easypayment.receipt.title", order.reference()), new Font(PdfWriting.BOLD, 16), false));
            header.setSpacingAfter(10);
            document.add(header);

            PdfPTable facts = w.table(new float[]{2, 3});
            pair(w, facts, "easypayment.receipt.company", order.legalName() + " (" + order.adherentNumber() + ")");
            pair(w, facts, "easypayment.receipt.status", w.t(order.status().labelKey()));
            pair(w, facts, "easypayment.receipt.orderedBy", order.ordererLogin() + ", "
                    + Formats.dateTime(order.createdAt(), locale));
            pair(w, facts, "easypayment.receipt.debtor", order.debtorAccount().grouped());
            pair(w, facts, "easypayment.receipt.creditor", fund.holder() + " — " + fund.rib());
            pair(w, facts, "easypayment.receipt.executionDate", Formats.date(order.executionDate(), locale));
            pair(w, facts, "easypayment.receipt.confirmations", w.t("easypayment.confirmations",
                    order.confirmations().size(), order.confirmationsRequired()));
            for (Confirmation confirmation : order.confirmations()) {
                pair(w, facts, "easypayment.receipt.confirmedBy", confirmation.validatorLogin() + ", "
                        + Formats.dateTime(confirmation.confirmedAt(), locale));
            }
            if (order.aboveDueReason() != null) {
                pair(w, facts, "easypayment.receipt.aboveDueReason", order.aboveDueReason());
            }
            if (order.reason() != null) {
                pair(w, facts, "easypayment.receipt.reason", order.reason());
            }
            if (order.bankValueDate() != null) {
                pair(w, facts, "easypayment.receipt.bankValueDate", Formats.date(order.bankValueDate(), locale));
            }
            facts.setSpacingAfter(10);
            document.add(facts);

            PdfPTable lines = w.table(new float[]{3, 2});
            lines.addCell(w.heading("easypayment.receipt.periods", 2));
            for (OrderLine line : order.lines()) {
                lines.addCell(w.value(w.period(line.period())));
                lines.addCell(w.number(Formats.amount(line.amount(), locale)));
            }
            lines.addCell(w.label("easypayment.receipt.total"));
            lines.addCell(w.number(Formats.amount(order.amount(), locale)));
            document.add(lines);
        });
    }

    private static void pair(Writing w, PdfPTable table, String key, String value) {
        table.addCell(w.label(key));
        PdfPCell cell = w.value(value);
        cell.setHorizontalAlignment(Element.ALIGN_UNDEFINED);
        table.addCell(cell);
    }

    /** The receipt's cells: the shared writing, and how a due period reads in the document's language. */
    private static final class Writing extends PdfWriting {

        Writing(PortalI18NProvider i18n, Locale locale) {
            super(i18n, locale);
        }

        String period(DuePeriod period) {
            return period.frequency() == DuePeriod.Frequency.MONTH ? Formats.month(period.firstMonth(), locale())
                    : t("companyaccount.period.quarter", String.valueOf(period.number()), String.valueOf(period.year()));
        }
    }
}
