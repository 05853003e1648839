package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The relevé de situation of the compte adhérent as an A4 PDF, in French, Arabic (right to left,
 * letters joined) or English: the totals, each period's declared, surcharges, paid, balance and
 * running balance, then every entry of every period.
 */
@Component
class AccountStatementPdf {

    private final PortalI18NProvider i18n;

    AccountStatementPdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(AccountSituation account, Locale locale) {
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        var w = new AccountPdfWriting(i18n, locale);
        return w.draw(document, w.t("companyaccount.statement.title"), () -> {
            w.header(document, "companyaccount.statement.title", account.asOf(), account);

            PdfPTable summary = w.table(new float[]{3, 2});
            summary.addCell(w.heading("companyaccount.summary", 2));
            summary.addCell(w.label("companyaccount.declared"));
            summary.addCell(w.number(w.amount(account.declared())));
            summary.addCell(w.label("companyaccount.surcharges"));
            summary.addCell(w.number(w.amount(account.surcharges())));
            summary.addCell(w.label("companyaccount.paid"));
            summary.addCell(w.number(w.amount(account.paid())));
            summary.addCell(w.label("companyaccount.balance"));
            summary.addCell(w.number(w.amount(account.balance())));
            summary.setWidthPercentage(60);
            summary.setHorizontalAlignment(w.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            summary.setSpacingAfter(8);
            document.add(summary);

            PdfPTable note = w.table(new float[]{1});
            note.addCell(w.cell(account.rate() == null ? w.t("companyaccount.rate.none")
                            : w.t("companyaccount.rate.inForce", Formats.rate(account.rate().monthlyPercent(), locale),
                            String.valueOf(account.rate().dueDay())),
                    new Font(AccountPdfWriting.REGULAR, 8), false));
            note.addCell(w.cell(w.t("companyaccount.opening"), new Font(AccountPdfWriting.REGULAR, 8), false));
            note.setSpacingAfter(8);
            document.add(note);

            PdfPTable periods = w.table(new float[]{12, 10, 10, 9, 10, 10, 11});
            periods.addCell(w.heading("companyaccount.periods", 7));
            for (String key : new String[]{"companyaccount.period", "companyaccount.dueDate", "companyaccount.declared",
                    "companyaccount.surcharges", "companyaccount.paid", "companyaccount.balance",
                    "companyaccount.runningBalance"}) {
                periods.addCell(w.columnHeader(key));
            }
            periods.setHeaderRows(2);
            for (AccountPeriod period : account.periods()) {
                periods.addCell(w.small(w.period(period.period()), false));
                periods.addCell(w.small(Formats.shortDate(period.dueDate(), locale), false));
                periods.addCell(w.small(w.amount(period.declared()), true));
                periods.addCell(w.small(w.amount(period.surcharges()), true));
                periods.addCell(w.small(w.amount(period.paid()), true));
                periods.addCell(w.small(w.amount(period.balance()), true));
                periods.addCell(w.small(w.amount(period.runningBalance()), true));
            }
            periods.setSpacingAfter(10);
            document.add(periods);

            PdfPTable entries = w.table(new float[]{10, 12, 18, 14, 10});
            entries.addCell(w.heading("companyaccount.entries", 5));
            for (String key : new String[]{"companyaccount.entry.date", "companyaccount.period",
                    "companyaccount.entry.kind", "companyaccount.entry.detail", "companyaccount.entry.amount"}) {
                entries.addCell(w.columnHeader(key));
            }
            entries.setHeaderRows(2);
            for (AccountPeriod period : account.periods()) {
                for (AccountEntry entry : period.entries()) {
                    entries.addCell(w.small(Formats.shortDate(entry.date(), locale), false));
                    entries.addCell(w.small(w.period(period.period()), false));
                    entries.addCell(w.small(w.t(entry.kind().labelKey()), false));
                    entries.addCell(w.small(entry.unpaid() == null ? entry.detail()
                            : w.t("companyaccount.entry.surchargeOn", w.amount(entry.unpaid())), false));
                    entries.addCell(w.small(w.amount(entry.amount()), true));
                }
            }
            document.add(entries);
        });
    }
}
