package ma.cimr.teleservices.personaldata;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.pdf.PdfWriting;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * "Mes données" as a PDF (DD041): every section of the page, a table each, in the person's language
 * and direction. Landscape, so that the payments' seven columns stay readable.
 */
@Component
class PersonalDataPdf {

    private final PortalI18NProvider i18n;

    PersonalDataPdf(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] render(PersonalData data, Locale locale) {
        var w = new Writing(locale);
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        String title = w.t("mydata.pdf.title");
        return w.draw(document, title, () -> {
            PdfPTable header = w.table(new float[]{1});
            header.addCell(w.cell(w.t("statement.pdf.fund"), new Font(PdfWriting.BOLD, 11, Font.NORMAL, PdfWriting.INK), false));
            header.addCell(w.cell(title, new Font(PdfWriting.BOLD, 18), false));
            header.addCell(w.cell(w.t("mydata.pdf.extracted", Formats.dateTime(data.extractedAt(), locale)),
                    new Font(PdfWriting.REGULAR, 9), false));
            header.setSpacingAfter(12);
            document.add(header);
            for (PersonalData.Section section : data.sections()) {
                document.add(section.single() ? record(w, section) : list(w, section));
            }
        });
    }

    private PdfPTable record(Writing w, PersonalData.Section section) throws org.openpdf.text.DocumentException {
        PdfPTable table = w.table(new float[]{2, 5});
        table.addCell(w.heading(PersonalDataText.titleKey(section.name()), 2));
        for (PersonalData.Field field : section.rows().getFirst().fields()) {
            table.addCell(w.label(PersonalDataText.labelKey(section.name(), field.name())));
            table.addCell(w.value(text(w, field)));
        }
        table.setSpacingAfter(12);
        return table;
    }

    private PdfPTable list(Writing w, PersonalData.Section section) throws org.openpdf.text.DocumentException {
        PdfPTable table;
        if (section.rows().isEmpty()) {
            table = w.table(new float[]{1});
            table.addCell(w.heading(PersonalDataText.titleKey(section.name()), 1));
            table.addCell(w.value(w.t("mydata.none")));
        } else {
            var fields = section.rows().getFirst().fields();
            float[] widths = new float[fields.size()];
            Arrays.fill(widths, 1);
            table = w.table(widths);
            table.addCell(w.heading(PersonalDataText.titleKey(section.name()), fields.size()));
            for (PersonalData.Field field : fields) {
                table.addCell(w.label(PersonalDataText.labelKey(section.name(), field.name())));
            }
            table.setHeaderRows(2);
            for (PersonalData.Row row : section.rows()) {
                for (PersonalData.Field field : row.fields()) {
                    PdfPCell cell = field.value() instanceof BigDecimal || field.value() instanceof Integer
                            ? w.number(text(w, field)) : w.value(text(w, field));
                    table.addCell(cell);
                }
            }
        }
        table.setSpacingAfter(12);
        return table;
    }

    private String text(Writing w, PersonalData.Field field) {
        return PersonalDataText.of(field.value(), w.locale(), (key, locale) -> i18n.getTranslation(key, locale));
    }

    private final class Writing extends PdfWriting {
        Writing(Locale locale) {
            super(i18n, locale);
        }
    }
}
