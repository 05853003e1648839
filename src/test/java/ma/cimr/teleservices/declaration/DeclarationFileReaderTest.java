package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static ma.cimr.teleservices.declaration.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The files of issue 11 that need no database, each with exactly the problems it must report
 * (src/test/resources/declaration). A file with a problem gives its sound lines to the consumer
 * but is never importable: all or nothing.
 */
class DeclarationFileReaderTest {

    private static final String HEADER = "matricule;cin;nom;salaire;jours;date_entree;date_sortie;categorie\r\n";

    @Test
    void aWellFormedFileGivesEveryLineTypedAndIsImportable() {
        var read = read("valide.csv");
        assertThat(read.problems()).isEmpty();
        assertThat(read.result().importable()).isTrue();
        assertThat(read.result().dataLines()).isEqualTo(4);
        assertThat(read.lines()).hasSize(4);
        DeclarationLine newcomer = read.lines().get(2);
        assertThat(newcomer.matricule()).isNull();
        assertThat(newcomer.cin().value()).isEqualTo("AB1234");
        assertThat(newcomer.name()).isEqualTo("Bennani Salma");
        assertThat(newcomer.salary()).isEqualTo(Money.of("4200"));
        assertThat(newcomer.entry()).isEqualTo("2026-11-15");
        assertThat(read.lines().get(1).salary()).isEqualTo(Money.of("12000"));
        assertThat(read.lines().get(3).exit()).isEqualTo("2026-11-05");
    }

    @Test
    void aByteOrderMarkAndAnAccentedCapitalisedHeaderAreRead() {
        var read = read("bom-utf8.csv");
        assertThat(read.problems()).isEmpty();
        assertThat(read.result().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read.lines().getFirst().name()).isEqualTo("Hélène Tazi");
        assertThat(read.lines().getFirst().category()).isEqualTo("CAD");
    }

    @Test
    void aWindows1252FileWithCommasAndDecimalPointsIsDetectedAndRead() {
        var read = read("windows-1252.csv");
        assertThat(read.problems()).isEmpty();
        assertThat(read.result().charset()).isEqualTo(FileEncoding.WINDOWS_1252);
        assertThat(read.result().separator()).isEqualTo(',');
        assertThat(read.lines().getFirst().name()).isEqualTo("Hélène Tazi");
        assertThat(read.lines().getFirst().salary()).isEqualTo(Money.of("7300.25"));
        assertThat(read.lines().get(1).salary()).isEqualTo(Money.of("9100"));
    }

    @Test
    void aUtf16FileIsRefusedAsAnUnsupportedEncoding() {
        assertThat(read("encodage-utf16.csv").problems()).containsExactly("0 - ENCODING_UNSUPPORTED []");
    }

    @Test
    void aUtf8FileWithAWindows1252LineIsRefusedAtThatLine() {
        var read = read("encodage-melange.csv");
        assertThat(read.problems()).containsExactly("3 - ENCODING_MIXED [UTF-8]");
        assertThat(read.result().importable()).isFalse();
        assertThat(read.result().dataLines()).isEqualTo(3);
    }

    @Test
    void aLineWithTheOtherSeparatorIsSaidToMixSeparators() {
        assertThat(read("separateurs-melanges.csv").problems()).containsExactly("3 - MIXED_SEPARATORS [;, ,]");
    }

    @Test
    void aFileWithoutItsHeaderIsRefusedAtLineOne() {
        var read = read("sans-entete.csv");
        assertThat(read.problems()).containsExactly("1 - HEADER_MISSING []");
        assertThat(read.lines()).isEmpty();
        assertThat(read.result().dataLines()).isEqualTo(1);
    }

    @Test
    void anExtraColumnInTheHeaderIsNamed() {
        var read = read("colonne-inconnue.csv");
        assertThat(read.problems()).containsExactly("1 - HEADER_UNKNOWN_COLUMN [commentaire, 9]");
        assertThat(read.lines()).isEmpty();
    }

    @Test
    void aHeaderMissingColumnsOrNamingOneTwiceSaysWhich() {
        assertThat(read("entete-incomplet.csv").problems()).containsExactly(
                "1 MATRICULE HEADER_DUPLICATE_COLUMN [Matricule]",
                "1 DATE_ENTREE HEADER_MISSING_COLUMN [date_entree]",
                "1 DATE_SORTIE HEADER_MISSING_COLUMN [date_sortie]");
    }

    @Test
    void extraCellsAreRefusedUnlessEmptyAndMissingCellsAreCounted() {
        var read = read("cellules-en-trop.csv");
        assertThat(read.problems()).containsExactly("3 - COLUMN_COUNT [9, 8]", "4 - COLUMN_COUNT [7, 8]");
        assertThat(read.lines()).extracting(DeclarationLine::lineNumber).containsExactly(2L);
    }

    @Test
    void anEmptyFileAndAHeaderAloneDeclareNobody() {
        assertThat(read("vide.csv").problems()).containsExactly("0 - EMPTY []");
        var headerOnly = read("entete-seul.csv");
        assertThat(headerOnly.problems()).containsExactly("0 - NO_LINES []");
        assertThat(headerOnly.result().importable()).isFalse();
    }

    @Test
    void tenMegabytesOfRandomBytesAreRefusedAsNotTextBeforeAnyLine() throws IOException {
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(11).nextBytes(noise);
        var consumed = new int[1];
        var input = new ByteArrayInputStream(noise);
        DeclarationFileResult result = new DeclarationFileReader(Fixtures.NOVEMBER).read(input, line -> consumed[0]++);
        assertThat(result.problems()).extracting(Fixtures::describe).containsExactly("0 - NOT_TEXT []");
        assertThat(consumed[0]).isZero();
        assertThat(input.available()).as("refused from the look-ahead, the rest never read")
                .isGreaterThan(noise.length - 2 * FileEncoding.LOOK_AHEAD);
    }

    @Test
    void aSpreadsheetSentAsIsIsNotText() throws IOException {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 'x', 'l', '/'};
        var read = Fixtures.read(new ByteArrayInputStream(zip), Fixtures.NOVEMBER);
        assertThat(read.problems()).containsExactly("0 - NOT_TEXT []");
    }

    @Test
    void formulasAreRefusedButANegativeNumberIsANegativeSalary() {
        assertThat(read("formules.csv").problems()).containsExactly(
                "2 SALAIRE FORMULA [=SOMME(D3:D4)]",
                "3 NOM FORMULA [@SUM(1+1)*cmd|' /C calc'!A0]",
                "4 SALAIRE FORMULA [+8500]",
                "5 SALAIRE FORMULA [-HYPERLINK(\"http://x\")]",
                "6 SALAIRE SALARY_NEGATIVE [-1500]");
    }

    @Test
    void anAffiliateDeclaredTwiceByMatriculeOrCinIsPointedToItsFirstLine() {
        var read = read("doublons.csv");
        assertThat(read.problems()).containsExactly(
                "4 MATRICULE DUPLICATE_AFFILIATE [1234567, 2]",
                "5 CIN DUPLICATE_AFFILIATE [AB1234, 3]");
        assertThat(read.lines()).extracting(DeclarationLine::lineNumber).containsExactly(2L, 3L, 6L);
    }

    @Test
    void negativeAbsurdZeroAndMalformedSalariesAreRefused() {
        var read = read("salaires.csv");
        assertThat(read.problems()).containsExactly(
                "2 SALAIRE SALARY_NEGATIVE [-8500,50]",
                "3 SALAIRE SALARY_ABSURD [2500000.00, 1000000.00]",
                "4 SALAIRE SALARY_ZERO_WITH_DAYS [26]",
                "5 SALAIRE SALARY_FORMAT [12.345]",
                "6 SALAIRE SALARY_FORMAT [huit mille]",
                "8 SALAIRE REQUIRED []",
                "8 JOURS DAYS_RANGE [32, 31]",
                "8 CATEGORIE CATEGORY_FORMAT [C-AD]",
                "9 JOURS DAYS_FORMAT [2,5]",
                "9 CATEGORIE REQUIRED []");
        assertThat(read.lines()).as("the ceiling itself is allowed").extracting(DeclarationLine::lineNumber)
                .containsExactly(7L);
    }

    @Test
    void datesOutsideThePeriodReversedOrMalformedAreRefused() {
        var read = read("dates-hors-periode.csv");
        assertThat(read.problems()).containsExactly(
                "2 DATE_ENTREE DATE_OUTSIDE_PERIOD [31/10/2026, 2026-11]",
                "3 DATE_SORTIE DATE_OUTSIDE_PERIOD [2026-12-01, 2026-11]",
                "4 DATE_SORTIE DATES_ORDER []",
                "5 DATE_ENTREE DATE_FORMAT [31/11/2026]",
                "6 DATE_ENTREE DATE_FORMAT [2026/11/05]");
        assertThat(read.lines()).extracting(DeclarationLine::lineNumber).containsExactly(7L);
    }

    @Test
    void anAffiliateIsNamedByAMatriculeOrByACinAndANameAndQuotedCellsAreRead() {
        var read = read("identites.csv");
        assertThat(read.problems()).containsExactly(
                "2 MATRICULE MATRICULE_FORMAT [123456]",
                "3 MATRICULE IDENTITY_REQUIRED []",
                "4 MATRICULE IDENTITY_REQUIRED []",
                "5 CIN CIN_FORMAT [1234]",
                "7 - QUOTE_UNCLOSED []");
        assertThat(read.lines()).singleElement().satisfies(line -> {
            assertThat(line.name()).isEqualTo("Alaoui; Karim");
            assertThat(line.salary()).isEqualTo(Money.of("8500"));
        });
    }

    @Test
    void aQuarterAllowsNinetyTwoDaysThreeMonthsOfCeilingAndDatesAcrossItsMonths() throws IOException {
        String file = HEADER + "1234567;;;3000000;92;15/10/2026;2026-12-31;CAD\r\n2345678;;;8500;93;;;CAD\r\n";
        var read = Fixtures.read(utf8(file), DuePeriod.parse("2026-T4"));
        assertThat(read.problems()).containsExactly("3 JOURS DAYS_RANGE [93, 92]");
        assertThat(read.lines()).singleElement().extracting(DeclarationLine::days).isEqualTo(92);
    }

    @Test
    void pastAThousandProblemsTheListStopsAndSaysHowManyThereWereWhileLinesAreStillCounted() throws IOException {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1_500; i++) {
            file.append(1_000_000 + i).append(";;;-1;26;;;CAD\r\n");
        }
        DeclarationFileResult result = Fixtures.read(utf8(file.toString()), Fixtures.NOVEMBER).result();
        assertThat(result.problemCount()).isEqualTo(1_500);
        assertThat(result.problems()).hasSize(1_001);
        assertThat(result.truncated()).isTrue();
        assertThat(Fixtures.describe(result.problems().getLast())).isEqualTo("0 - TOO_MANY_PROBLEMS [1000, 1500]");
        assertThat(result.dataLines()).isEqualTo(1_500);
    }

    @Test
    void aFileLargerThanTheLimitIsStoppedAtTheLimit() throws IOException {
        var limits = new DeclarationFileLimits(1_000, 100_000, 1_000, Money.of("1000000"), 2_000);
        String line = "1234567;;;8500;26;;;CAD\r\n";
        DeclarationFileResult result = new DeclarationFileReader(Fixtures.NOVEMBER, limits)
                .read(utf8(HEADER + line.repeat(100)), ignored -> { });
        assertThat(result.problems()).extracting(Fixtures::describe).containsExactly("0 - FILE_TOO_LARGE [0]");
        assertThat(result.importable()).isFalse();
    }

    @Test
    void linesPastTheLimitAreCountedNotChecked() throws IOException {
        var limits = new DeclarationFileLimits(1_000_000, 3, 1_000, Money.of("1000000"), 2_000);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            file.append(1_000_000 + i).append(";;;8500;26;;;CAD\r\n");
        }
        List<DeclarationLine> lines = new ArrayList<>();
        DeclarationFileResult result = new DeclarationFileReader(Fixtures.NOVEMBER, limits).read(utf8(file.toString()), lines::add);
        assertThat(result.problems()).extracting(Fixtures::describe).containsExactly("5 - TOO_MANY_LINES [3]");
        assertThat(result.dataLines()).isEqualTo(5);
        assertThat(lines).hasSize(3);
    }

    @Test
    void aLineOfSeveralMegabytesIsDroppedAsTooLongAndTheNextLineIsRead() throws IOException {
        InputStream file = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                utf8(HEADER + "1234567;;;"), new ByteArrayInputStream("9".repeat(3_000_000).getBytes(StandardCharsets.US_ASCII)),
                utf8(";26;;;CAD\r\n2345678;;;8500;26;;;CAD\r\n"))));
        var read = Fixtures.read(file, Fixtures.NOVEMBER);
        assertThat(read.problems()).containsExactly("2 - LINE_TOO_LONG [2000]");
        assertThat(read.lines()).extracting(DeclarationLine::lineNumber).containsExactly(3L);
    }

    @Test
    void theDownloadableTemplateAndExampleAreReadWithoutAProblem() throws IOException {
        try (InputStream template = getClass().getResourceAsStream("/declaration/modele-declaration.csv");
             InputStream example = getClass().getResourceAsStream("/declaration/exemple-declaration.csv")) {
            assertThat(Fixtures.read(template, Fixtures.NOVEMBER).problems()).containsExactly("0 - NO_LINES []");
            var read = Fixtures.read(example, Fixtures.NOVEMBER);
            assertThat(read.problems()).isEmpty();
            assertThat(read.lines()).hasSize(5);
        }
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
