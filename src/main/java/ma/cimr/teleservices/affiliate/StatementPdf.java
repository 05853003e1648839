package ma.cimr.teleservices.affiliate;

import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The relevé de points as an A4 PDF, in French, Arabic or English: the fund, the affiliate's
 * identity, the date of issue, the summary, every line, and "page n of N" at the foot of each page.
 *
 * <p>Arabic is laid out right to left and its letters joined (OpenPDF's run direction and Arabic
 * ligaturizer, which work inside table cells); the text is in DejaVu Sans, shipped in
 * {@code fonts/} with its licence and embedded in the file, so the reader needs no Arabic font.
 * Numbers keep Latin digits in every language, as on screen ({@link Formats}).
 */
@Component
public class StatementPdf {

    private final PortalI18NProvider i18n;
    private final Clock clock;
    private final BaseFont regular = PdfWriting.REGULAR;
    private final BaseFont bold = PdfWriting.BOLD;

    StatementPdf(PortalI18NProvider i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    public byte[] render(AffiliateProfile me, PointsStatement statement, Locale locale) {
        // drawn twice: the first pass counts the pages that the second writes in each footer
        int pages = draw(me, statement, locale, 0).pages();
        return draw(me, statement, locale, pages).content();
    }

    private record Drawn(byte[] content, int pages) {
    }

    private Drawn draw(AffiliateProfile me, PointsStatement statement, Locale locale, int totalPages) {
        var document = new Document(PageSize.A4, 36, 36, 36, 48);
        Writing w = new Writing(locale);
        int[] pageCount = {0};
        var pageNumbers = new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document doc) {
                pageCount[0] = pdf.getPageNumber();
                // strings, not numbers: MessageFormat would write Arabic-Indic digits in Arabic
                String text = i18n.getTranslation("statement.pdf.page", locale, String.valueOf(pdf.getPageNumber()),
                        String.valueOf(Math.max(totalPages, pdf.getPageNumber())));
                ColumnText.showTextAligned(pdf.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(text, new Font(regular, 8, Font.NORMAL, Color.DARK_GRAY)),
                        (doc.left() + doc.right()) / 2, doc.bottom() - 24, 0, w.runDirection(), PdfWriting.ARABIC_OPTIONS);
            }
        };
        byte[] content = w.draw(document, w.t("statement.pdf.title"), pageNumbers, () -> {
            LocalDate today = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(bold, 11, Font.NORMAL, new Color(0x1F, 0x3A, 0x5F)), false));
            header.addCell(w.cell(w.t("statement.pdf.title"), new Font(bold, 18), false));
            header.addCell(w.cell(w.t("statement.pdf.issued", Formats.date(today, locale)), new Font(regular, 9), false));
            header.setSpacingAfter(12);
            document.add(header);

            PdfPTable identity = w.table(new float[]{1, 2, 1, 2});
            identity.addCell(w.label("statement.pdf.name"));
            identity.addCell(w.value(me.lastName() + " " + me.firstName()));
            identity.addCell(w.label("affiliate.matricule"));
            identity.addCell(w.value(me.matricule()));
            identity.addCell(w.label("affiliate.cin"));
            identity.addCell(w.value(me.cin()));
            identity.addCell(w.label("affiliate.birthDate"));
            identity.addCell(w.value(Formats.date(me.birthDate(), locale)));
            identity.setSpacingAfter(12);
            document.add(identity);

            PdfPTable summary = w.table(new float[]{3, 1});
            summary.addCell(w.heading("statement.summary", 2));
            summary.addCell(w.label("statement.totalPoints"));
            summary.addCell(w.number(Formats.amount(statement.totalPoints(), locale)));
            summary.addCell(w.label("statement.employeeContributions"));
            summary.addCell(w.number(Formats.amount(statement.totalEmployeeContributions(), locale)));
            summary.addCell(w.label("statement.pensionToDate"));
            summary.addCell(w.number(Formats.amount(statement.pensionToDate().value(), locale)));
            summary.setWidthPercentage(70);
            summary.setHorizontalAlignment(w.rightToLeft() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            summary.setSpacingAfter(12);
            document.add(summary);

            PdfPTable lines = w.table(new float[]{6, 13, 11, 7, 11, 8, 10, 9, 15});
            lines.addCell(w.heading("statement.lines", 9));
            for (String key : new String[]{"affiliate.contributions.year", "statement.source",
                    "affiliate.contributions.salary", "statement.rate", "statement.contributions", "statement.points",
                    "statement.nature", "statement.cumulative", "statement.managingBody"}) {
                lines.addCell(w.columnHeader(w.t(key)));
            }
            lines.setHeaderRows(2);
            for (StatementLine line : statement.lines()) {
                StatementLine.Contributions paid = line.contributions();
                lines.addCell(w.small(String.valueOf(line.year()), false));
                lines.addCell(w.small(line.source(), false));
                lines.addCell(w.small(paid == null ? "" : Formats.amount(paid.declaredSalary(), locale), true));
                lines.addCell(w.small(paid == null ? "" : Formats.rate(paid.employeeRate(), locale), true));
                lines.addCell(w.small(paid == null ? "" : Formats.amount(paid.total(), locale), true));
                lines.addCell(w.small(line.priced() ? Formats.amount(line.points(), locale) : w.t("statement.unpriced"),
                        true));
                lines.addCell(w.small(w.t("statement.nature." + line.nature()), false));
                lines.addCell(w.small(Formats.amount(line.cumulativePoints(), locale), true));
                lines.addCell(w.small(w.t("statement.managingBody." + line.managingBody()), false));
            }
            document.add(lines);
            List<Integer> unpriced = statement.unpricedYears();
            if (!unpriced.isEmpty()) {
                PdfPTable note = w.table(new float[]{1});
                note.addCell(w.cell(w.t("statement.unpricedYears", String.valueOf(unpriced.size()),
                        String.valueOf(unpriced.getFirst()), String.valueOf(unpriced.getLast())),
                        new Font(regular, 8), false));
                note.setSpacingBefore(6);
                document.add(note);
            }
        });
        return new Drawn(content, pageCount[0]);
    }

    /** The cells of one document, all in its language's direction and with its letters joined. */
    private final class Writing extends PdfWriting {

        Writing(Locale locale) {
            super(i18n, locale);
        }

        PdfPCell columnHeader(String text) {
            PdfPCell cell = cell(text, new Font(bold, 7), true);
            cell.setBackgroundColor(PdfWriting.SHADE);
            return cell;
        }

        PdfPCell small(String text, boolean number) {
            PdfPCell cell = cell(text, new Font(regular, 7.5f), true);
            cell.setPadding(3);
            if (number) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            return cell;
        }
    }
}
