package ma.cimr.teleservices.help;

import ma.cimr.teleservices.declaration.DeclarationColumn;
import ma.cimr.teleservices.declaration.DeclarationFileLimits;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guides are content the fund edits (DD042), so nothing in the code keeps them complete or
 * true: this test does. Every guide has its French and Arabic file (and English), each with its
 * title; and the guide to declaring by file names exactly the columns the importer reads, in the
 * template's order, with the importer's own limits, separators and encodings.
 */
class GuidesTest {

    private final Guides guides = new Guides();

    /** A column of the guide's numbered list: "1. `matricule` — ...". */
    private static final Pattern COLUMN_ITEM = Pattern.compile("(?m)^\\d+\\.\\s+`([a-z_]+)`");

    @Test
    void everyGuideExistsInFrenchArabicAndEnglishWithItsTitle() {
        for (Guide guide : Guide.values()) {
            for (String language : List.of("fr", "ar", "en")) {
                assertThat(Guides.class.getClassLoader().getResource(Guides.path(guide, language)))
                        .as("%s in %s", guide, language).isNotNull();
                GuideText text = guides.read(guide, Locale.forLanguageTag(language));
                assertThat(text.title()).as("%s's title in %s", guide, language).isNotBlank().doesNotStartWith("#");
                assertThat(text.body()).as("%s's body in %s", guide, language).hasSizeGreaterThan(300);
            }
            String arabic = guides.read(guide, PortalI18NProvider.ARABIC).title();
            assertThat(arabic.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("the Arabic title of %s is in Arabic", guide).hasSizeGreaterThan(5);
        }
    }

    @Test
    void theFileFormatGuideNamesExactlyTheColumnsTheImporterReadsInTheTemplatesOrder() {
        List<String> importerColumns = Arrays.stream(DeclarationColumn.values()).map(DeclarationColumn::header).toList();
        for (Locale language : PortalI18NProvider.LOCALES) {
            String body = guides.read(Guide.DECLARATION_FILE, language).body();
            Matcher item = COLUMN_ITEM.matcher(body);
            List<String> guideColumns = new java.util.ArrayList<>();
            while (item.find()) {
                guideColumns.add(item.group(1));
            }
            assertThat(guideColumns).as("the columns of the %s guide", language).isEqualTo(importerColumns);
        }
    }

    @Test
    void theFileFormatGuideGivesTheImportersLimitsSeparatorsAndEncodings() {
        DeclarationFileLimits limits = DeclarationFileLimits.DEFAULT;
        Map<String, String> megabytes = Map.of("fr", "Mo", "ar", "ميغابايت", "en", "MB");
        for (Locale language : PortalI18NProvider.LOCALES) {
            // "100 000" and "2 000" as people write them: the figures without their thousands' spaces
            String body = guides.read(Guide.DECLARATION_FILE, language).body().replaceAll("(\\d)[  ](\\d)", "$1$2");
            assertThat(body).as("the %s guide", language).contains(
                    limits.maxBytes() / (1024 * 1024) + " " + megabytes.get(language.getLanguage()),
                    Long.toString(limits.maxLines()), Integer.toString(limits.maxLineLength()),
                    "`;`", "`,`", "UTF-8", "Windows-1252", "UTF-16");
        }
    }

    @Test
    void theTemplateThePageOffersHasTheImportersHeader() throws java.io.IOException {
        try (var in = GuidesTest.class.getClassLoader().getResourceAsStream("declaration/modele-declaration.csv")) {
            String header = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            assertThat(header).isEqualTo(String.join(";",
                    Arrays.stream(DeclarationColumn.values()).map(DeclarationColumn::header).toList()));
        }
    }

    @Test
    void aLanguageWithoutItsFileFallsBackToFrench() {
        GuideText french = guides.read(Guide.PAYMENT, PortalI18NProvider.FRENCH);
        assertThat(guides.read(Guide.PAYMENT, Locale.GERMAN)).isEqualTo(french);
    }
}
