package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The ordre de virement as an A4 PDF, in French, Arabic or English: the fund's account to credit
 * (from configuration), the reference to quote, and what each open period owes today with the total.
 */
@Component
class TransferOrderPdf {

    private final PortalI18NProvider i18n;

    TransferOrderPdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(TransferOrder order, Locale locale) {
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        var w = new AccountPdfWriting(i18n, locale);
        return w.draw(document, w.t("companyaccount.transfer.title"), () -> {
            LocalDate issued = order.account().asOf();
            w.header(document, "companyaccount.transfer.title", issued, order.account());

            PdfPTable beneficiary = w.table(new float[]{2, 3});
            beneficiary.addCell(w.heading("companyaccount.transfer.beneficiary", 2));
            beneficiary.addCell(w.label("companyaccount.transfer.holder"));
            beneficiary.addCell(w.value(order.fundAccount().holder()));
            beneficiary.addCell(w.label("companyaccount.transfer.bank"));
            beneficiary.addCell(w.value(order.fundAccount().bank()));
            beneficiary.addCell(w.label("companyaccount.transfer.rib"));
            beneficiary.addCell(w.value(order.fundAccount().rib()));
            beneficiary.addCell(w.label("companyaccount.transfer.reference"));
            beneficiary.addCell(w.value(order.reference()));
            beneficiary.setSpacingAfter(10);
            document.add(beneficiary);

            PdfPTable periods = w.table(new float[]{3, 2});
            periods.addCell(w.heading("companyaccount.transfer.periods", 2));
            periods.addCell(w.columnHeader("companyaccount.period"));
            periods.addCell(w.columnHeader("companyaccount.transfer.amount"));
            for (AccountPeriod period : order.periods()) {
                periods.addCell(w.small(w.period(period.period()), false));
                periods.addCell(w.small(w.amount(period.balance()), true));
            }
            periods.addCell(w.label("companyaccount.transfer.total"));
            periods.addCell(w.number(w.amount(order.total())));
            periods.setSpacingAfter(10);
            document.add(periods);

            PdfPTable note = w.table(new float[]{1});
            note.addCell(w.cell(w.t("companyaccount.transfer.note", order.reference()),
                    new Font(AccountPdfWriting.REGULAR, 8), false));
            document.add(note);
        });
    }
}
