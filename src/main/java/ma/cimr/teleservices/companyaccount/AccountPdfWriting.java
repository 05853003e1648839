package ma.cimr.teleservices.companyaccount;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The cells the compte adhérent's two documents share (the statement and the transfer order): the
 * fund's header, the company, labels, amounts and periods, in the document's language and direction.
 */
class AccountPdfWriting extends PdfWriting {

    AccountPdfWriting(PortalI18NProvider i18n, Locale locale) {
        super(i18n, locale);
    }

    void header(Document document, String titleKey, LocalDate issued, AccountSituation account) throws DocumentException {
        PdfPTable header = table(new float[]{1});
        header.addCell(cell(t("companyaccount.pdf.fund"), new Font(BOLD, 11, Font.NORMAL, INK), false));
        header.addCell(cell(t(titleKey), new Font(BOLD, 18), false));
        header.addCell(cell(t("companyaccount.pdf.issued", Formats.date(issued, locale())), new Font(REGULAR, 9), false));
        header.setSpacingAfter(10);
        document.add(header);
        PdfPTable identity = table(new float[]{1, 2, 1, 1});
        identity.addCell(label("companyaccount.pdf.company"));
        identity.addCell(value(account.legalName()));
        identity.addCell(label("companyaccount.pdf.adherentNumber"));
        identity.addCell(value(account.adherentNumber()));
        identity.setSpacingAfter(10);
        document.add(identity);
    }

    String period(DuePeriod period) {
        return period.frequency() == DuePeriod.Frequency.MONTH ? Formats.month(period.firstMonth(), locale())
                : t("companyaccount.period.quarter", String.valueOf(period.number()), String.valueOf(period.year()));
    }

    String amount(BigDecimal amount) {
        return Formats.amount(amount, locale());
    }

    PdfPCell columnHeader(String key) {
        PdfPCell cell = cell(t(key), new Font(BOLD, 7.5f), true);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    PdfPCell small(String text, boolean number) {
        PdfPCell cell = cell(text, new Font(REGULAR, 8), true);
        cell.setPadding(3);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
