package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.util.Locale;

/**
 * The receipt (récépissé) of a filed télédéclaration, one A4 page in French or Arabic: the fund,
 * the company, the due period and category, when it was filed and under which request, and the
 * totals the portal priced. What the company keeps as proof that it declared on time; the lines
 * themselves stay in the portal (a large employer's 20 000 would make a book, not a receipt).
 * Arabic is laid out right to left with its letters joined, as the points statement does.
 */
@Component
class DeclarationReceiptPdf {

    private final PortalI18NProvider i18n;

    DeclarationReceiptPdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(DeclarationDetail detail, Locale locale) {
        DeclarationSummary declaration = detail.summary();
        var document = new Document(PageSize.A4, 36, 36, 36, 48);
        Writing w = new Writing(locale);
        return w.draw(document, w.t("declaration.history.receipt.title"), () -> {

            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(PdfWriting.BOLD, 11, Font.NORMAL, PdfWriting.INK), false));
            header.addCell(w.cell(w.t("declaration.history.receipt.title"), new Font(PdfWriting.BOLD, 18), false));
            header.setSpacingAfter(12);
            document.add(header);

            PdfPTable facts = w.table(new float[]{2, 3});
            w.row(facts, "declaration.history.receipt.company", detail.companyName());
            w.row(facts, "company.adherentNumber", detail.adherentNumber());
            w.row(facts, "declaration.history.receipt.period", declaration.period().toString());
            w.row(facts, "declaration.history.receipt.category", declaration.categoryCode() + " — " + declaration.categoryLabel());
            w.row(facts, "declaration.history.receipt.channel", w.t("declaration.history.channelName." + declaration.channel()));
            w.row(facts, "declaration.history.receipt.filedAt", Formats.dateTime(declaration.filedAt(), locale));
            w.row(facts, "declaration.history.receipt.request", declaration.requestReference() == null ? ""
                    : declaration.requestReference());
            w.row(facts, "declaration.history.receipt.status", w.t("declaration.history.statusName." + declaration.status()));
            facts.setSpacingAfter(12);
            document.add(facts);

            PdfPTable totals = w.table(new float[]{3, 2});
            // strings, not numbers: MessageFormat would write Arabic-Indic digits in Arabic
            w.row(totals, "declaration.history.receipt.lines", String.valueOf(declaration.lineCount()));
            w.row(totals, "declaration.history.receipt.totalSalary", Formats.amount(declaration.totalSalary(), locale));
            w.row(totals, "declaration.history.receipt.totalEmployee", Formats.amount(declaration.totalEmployee(), locale));
            w.row(totals, "declaration.history.receipt.totalEmployer", Formats.amount(declaration.totalEmployer(), locale));
            w.row(totals, "declaration.history.receipt.total", Formats.amount(declaration.totalContributions(), locale));
            totals.setSpacingAfter(12);
            document.add(totals);

            PdfPTable note = w.table(new float[]{1});
            note.addCell(w.cell(w.t("declaration.history.receipt.note"), new Font(PdfWriting.REGULAR, 8, Font.NORMAL, Color.DARK_GRAY),
                    false));
            document.add(note);
        });
    }

    private final class Writing extends PdfWriting {

        Writing(Locale locale) {
            super(i18n, locale);
        }

        void row(PdfPTable table, String key, String value) {
            table.addCell(cell(t(key), new Font(PdfWriting.REGULAR, 10, Font.NORMAL, Color.DARK_GRAY), true));
            PdfPCell cell = cell(value, new Font(PdfWriting.BOLD, 10), true);
            table.addCell(cell);
        }
    }
}
