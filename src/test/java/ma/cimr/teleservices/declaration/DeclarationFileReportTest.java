package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The downloadable report says each problem in the user's language, and stays a harmless CSV. */
class DeclarationFileReportTest {

    private final DeclarationFileReport report = new DeclarationFileReport(new PortalI18NProvider());

    @Test
    void theReportListsLineColumnAndProblemInFrench() throws IOException {
        String csv = write(Fixtures.read("doublons.csv").result(), PortalI18NProvider.FRENCH);
        assertThat(csv).startsWith("\uFEFF").isEqualTo("""
                \uFEFFLigne;Colonne;Problème\r
                4;Matricule;1234567 est déjà déclaré à la ligne 2.\r
                5;CIN;AB1234 est déjà déclaré à la ligne 3.\r
                """);
    }

    @Test
    void theReportSpeaksArabicAndEnglishToo() throws IOException {
        var result = Fixtures.read("dates-hors-periode.csv").result();
        assertThat(write(result, PortalI18NProvider.ENGLISH).lines().toList()).contains(
                "\uFEFFLine;Column;Problem",
                "2;Entry date;The date 31/10/2026 is outside the due period 2026-11.",
                "4;Exit date;The exit date is before the entry date.");
        assertThat(write(result, PortalI18NProvider.ARABIC).lines().toList())
                .contains("\uFEFFالسطر;العمود;المشكل", "4;تاريخ الخروج;تاريخ الخروج يسبق تاريخ الدخول.");
    }

    @Test
    void aFormulaRepeatedFromTheFileIsWrittenAsTextAndSeparatorsAreQuoted() throws IOException {
        String csv = write(Fixtures.read("formules.csv").result(), PortalI18NProvider.ENGLISH);
        assertThat(csv).contains("2;Salary;\"Formula refused: \"\"=SOMME(D3:D4)\"\". Save the values, not the formulas.\"")
                .doesNotContain(";=");
        assertThat(DeclarationFileReport.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(DeclarationFileReport.cell("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    void aFileWideProblemHasNeitherLineNorColumn() throws IOException {
        String csv = write(Fixtures.read("vide.csv").result(), PortalI18NProvider.FRENCH);
        assertThat(csv.lines().toList()).containsExactly("\uFEFFLigne;Colonne;Problème", ";;Le fichier est vide.");
    }

    private String write(DeclarationFileResult result, java.util.Locale locale) throws IOException {
        var out = new ByteArrayOutputStream();
        report.write(result, locale, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
