package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.TestClock;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_FILE;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file becomes draft declarations all or nothing: every bad input of the issue gives its report
 * and leaves not one row in the declaration tables; the demo company's file imports every line,
 * priced with its category's rates; the same file sent twice at once is imported once.
 */
@PortalTest
class DeclarationImportTest {

    // the fixtures' dates are in November 2026: the portal offers it as long as "now" is in the year after
    private static final Instant DECEMBER_2026 = Instant.parse("2026-12-03T10:00:00Z");
    private static final DuePeriod NOVEMBER = DuePeriod.parse("2026-11");

    @Autowired
    DeclarationImport imports;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext dsl;
    @Autowired
    TestClock clock;

    private FileDeclarantSetting setting;
    private Instant clockBefore;
    private final List<Path> files = new ArrayList<>();

    @BeforeEach
    void signInAtlasFileDeclarant() {
        clockBefore = clock.instant();
        clock.set(DECEMBER_2026);
        setting = new FileDeclarantSetting(dsl).declares(DeclarationMode.FILE, "CAD", "EMP");
        SignedIn.as(accounts, FileDeclarantSetting.LOGIN);
    }

    @AfterEach
    void giveBackTheDemo() throws IOException {
        SignedIn.out();
        setting.restore();
        dsl.deleteFrom(CONTRIBUTION_CATEGORY).where(CONTRIBUTION_CATEGORY.CODE.eq("STG")).execute();
        clock.set(clockBefore);
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            vide.csv                 | EMPTY
            entete-seul.csv          | NO_LINES
            encodage-melange.csv     | ENCODING_MIXED
            encodage-utf16.csv       | ENCODING_UNSUPPORTED
            separateurs-melanges.csv | MIXED_SEPARATORS
            sans-entete.csv          | HEADER_MISSING
            colonne-inconnue.csv     | HEADER_UNKNOWN_COLUMN
            cellules-en-trop.csv     | COLUMN_COUNT
            entete-incomplet.csv     | HEADER_MISSING_COLUMN HEADER_DUPLICATE_COLUMN
            formules.csv             | FORMULA SALARY_NEGATIVE
            doublons.csv             | DUPLICATE_AFFILIATE
            salaires.csv             | SALARY_NEGATIVE SALARY_ABSURD SALARY_ZERO_WITH_DAYS SALARY_FORMAT
            dates-hors-periode.csv   | DATE_OUTSIDE_PERIOD DATES_ORDER DATE_FORMAT
            bom-utf8.csv             | UNKNOWN_MATRICULE
            windows-1252.csv         | UNKNOWN_MATRICULE
            autre-entreprise.csv     | OTHER_COMPANY
            """)
    void aBadFileIsReportedAndLeavesNoRowInTheDeclarationTables(String fixture, String codes) {
        List<Integer> before = setting.declarationRows();

        DeclarationImportOutcome outcome = imports.importFile(NOVEMBER, fixture, fixture(fixture));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.check().problems()).extracting(p -> p.error().name())
                .containsAll(Arrays.asList(codes.split(" ")));
        assertThat(setting.declarationRows()).isEqualTo(before);
    }

    @Test
    void tenMegabytesOfRandomBytesAreNotTextAndImportNothing() throws IOException {
        byte[] noise = new byte[10 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        Path file = temporary(noise);
        List<Integer> before = setting.declarationRows();

        DeclarationImportOutcome outcome = imports.importFile(NOVEMBER, "bruit.csv", file);

        assertThat(outcome.check().problems()).extracting(p -> p.error().name()).containsExactly("NOT_TEXT");
        assertThat(setting.declarationRows()).isEqualTo(before);
    }

    @Test
    void linesTheFundsDataContradictsAreEachReportedWithTheirLineAndNothingIsImported() {
        dsl.insertInto(CONTRIBUTION_CATEGORY)
                .set(CONTRIBUTION_CATEGORY.COMPANY_ID, setting.companyId())
                .set(CONTRIBUTION_CATEGORY.CODE, "STG")
                .set(CONTRIBUTION_CATEGORY.LABEL, "Stagiaires")
                .set(CONTRIBUTION_CATEGORY.EMPLOYEE_RATE, new BigDecimal("3.00"))
                .set(CONTRIBUTION_CATEGORY.EMPLOYER_RATE, new BigDecimal("3.90"))
                .set(CONTRIBUTION_CATEGORY.ACTIVE, false)
                .execute();
        List<Integer> before = setting.declarationRows();

        DeclarationImportOutcome outcome = imports.importFile(NOVEMBER, "donnees-cimr.csv", fixture("donnees-cimr.csv"));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.check().problems()).extracting(Fixtures::describe).containsExactly(
                "3 MATRICULE UNKNOWN_MATRICULE [99999999]",
                "4 MATRICULE UNKNOWN_MATRICULE [1234567]",
                "5 CIN NEWCOMER_KNOWN [H000008]",
                "6 CATEGORIE CATEGORY_INACTIVE [STG]",
                "7 CATEGORIE CATEGORY_UNKNOWN [XYZ]");
        assertThat(setting.declarationRows()).isEqualTo(before);
    }

    @Test
    void aCategoryTheDelegateDidNotGrantIsRefusedLineByLine() {
        setting.declares(DeclarationMode.FILE, "EMP");

        DeclarationImportOutcome outcome = imports.importFile(NOVEMBER, "atlas.csv", fixture("atlas-valide.csv"));

        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.check().problems()).extracting(p -> p.error().name()).containsOnly("CATEGORY_NOT_GRANTED");
        assertThat(outcome.check().problemCount()).isEqualTo(linesOf("atlas-valide.csv", "CAD"));
    }

    @Test
    void theDemoCompanysFileImportsEveryLinePricedWithItsCategorysRatesAsOneDraftPerCategory() throws IOException {
        DeclarationImportOutcome outcome = imports.importFile(NOVEMBER, "paie-novembre.csv", fixture("atlas-valide.csv"));

        assertThat(outcome.check().problems()).isEmpty();
        assertThat(outcome.declarations()).extracting(ImportedDeclaration::categoryCode).containsExactly("CAD", "EMP");
        assertThat(outcome.importedLines()).isEqualTo(linesOf("atlas-valide.csv", null));
        for (ImportedDeclaration imported : outcome.declarations()) {
            var declaration = dsl.selectFrom(DECLARATION).where(DECLARATION.ID.eq(imported.id())).fetchSingle();
            assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.DRAFT);
            assertThat(declaration.getChannel()).isEqualTo(DeclarationChannel.FILE);
            assertThat(declaration.getDuePeriod()).isEqualTo(NOVEMBER.firstDay());
            assertThat(declaration.getLineCount()).isEqualTo(imported.lines());
            var rates = dsl.selectFrom(CONTRIBUTION_CATEGORY)
                    .where(CONTRIBUTION_CATEGORY.ID.eq(declaration.getCategoryId())).fetchSingle();
            BigDecimal salaries = BigDecimal.ZERO;
            BigDecimal employee = BigDecimal.ZERO;
            for (var line : dsl.selectFrom(DECLARATION_LINE).where(DECLARATION_LINE.DECLARATION_ID.eq(imported.id()))) {
                assertThat(line.getEmployeeAmount()).isEqualByComparingTo(line.getSalary()
                        .multiply(rates.getEmployeeRate()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                assertThat(line.getEmployerAmount()).isEqualByComparingTo(line.getSalary()
                        .multiply(rates.getEmployerRate()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
                salaries = salaries.add(line.getSalary());
                employee = employee.add(line.getEmployeeAmount());
            }
            assertThat(declaration.getTotalSalary()).isEqualByComparingTo(salaries);
            assertThat(declaration.getTotalEmployee()).isEqualByComparingTo(employee);
        }
        var newcomer = dsl.selectFrom(DECLARATION_LINE).where(DECLARATION_LINE.CIN.eq("ZZ900001")).fetchSingle();
        assertThat(newcomer.getAffiliateId()).isNull();
        assertThat(newcomer.getFullName()).isEqualTo("Nouvelle Recrue Amal");
        var stored = dsl.selectFrom(DECLARATION_FILE).where(DECLARATION_FILE.ID.eq(dsl.select(DECLARATION.FILE_ID)
                .from(DECLARATION).where(DECLARATION.ID.eq(outcome.declarations().getFirst().id())))).fetchSingle();
        byte[] sent = Files.readAllBytes(fixture("atlas-valide.csv"));
        assertThat(stored.getContent()).isEqualTo(sent);
        assertThat(stored.getSizeBytes()).isEqualTo(sent.length);
        assertThat(stored.getFileName()).isEqualTo("paie-novembre.csv");
    }

    @Test
    void aPeriodAlreadyDeclaredIsReportedOncePerCategoryAndNothingIsImported() {
        imports.importFile(NOVEMBER, "paie.csv", fixture("atlas-valide.csv"));
        dsl.update(DECLARATION).set(DECLARATION.STATUS, DeclarationStatus.FILED).set(DECLARATION.FILED_AT, java.time.OffsetDateTime.now())
                .where(DECLARATION.COMPANY_ID.eq(setting.companyId()).and(DECLARATION.DUE_PERIOD.eq(NOVEMBER.firstDay())))
                .execute();
        List<Integer> before = setting.declarationRows();

        DeclarationImportOutcome again = imports.importFile(NOVEMBER, "paie-bis.csv", fixture("atlas-valide.csv"));

        assertThat(again.imported()).isFalse();
        assertThat(again.check().problems()).extracting(p -> p.error().name() + " " + p.arguments())
                .containsExactlyInAnyOrder("PERIOD_ALREADY_DECLARED [CAD, 2026-11]", "PERIOD_ALREADY_DECLARED [EMP, 2026-11]");
        assertThat(setting.declarationRows()).isEqualTo(before);
    }

    @Test
    void aCorrectedFileReplacesTheDraftsOfTheFirstAndTheSameFileAgainIsSaidImportedAlready() throws IOException {
        DeclarationImportOutcome first = imports.importFile(NOVEMBER, "paie.csv", fixture("atlas-valide.csv"));
        List<Integer> afterFirst = setting.declarationRows();

        DeclarationImportOutcome same = imports.importFile(NOVEMBER, "paie.csv", fixture("atlas-valide.csv"));
        assertThat(same.check().problems()).extracting(p -> p.error().name()).containsOnly("ALREADY_IMPORTED");
        assertThat(setting.declarationRows()).isEqualTo(afterFirst);

        String corrected = Files.readString(fixture("atlas-valide.csv")).replace("Nouvelle Recrue Amal", "Nouvelle Recrue Amal B.");
        DeclarationImportOutcome second = imports.importFile(NOVEMBER, "paie-corrigee.csv",
                temporary(corrected.getBytes(StandardCharsets.UTF_8)));
        assertThat(second.imported()).isTrue();
        assertThat(setting.declarationRows()).as("the first file's drafts, lines and file replaced").isEqualTo(afterFirst);
        assertThat(dsl.fetchExists(DECLARATION, DECLARATION.ID.eq(first.declarations().getFirst().id()))).isFalse();
    }

    @Test
    void theSameFileSentTwiceAtOnceIsImportedExactlyOnce() throws Exception {
        Path file = fixture("atlas-valide.csv");
        List<Integer> before = setting.declarationRows();
        CountDownLatch start = new CountDownLatch(1);
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Callable<DeclarationImportOutcome> send = () -> {
            org.springframework.security.core.context.SecurityContextHolder.setContext(user);
            try {
                start.await();
                return imports.importFile(NOVEMBER, "paie.csv", file);
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.clearContext();
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<DeclarationImportOutcome> one = threads.submit(send);
            Future<DeclarationImportOutcome> two = threads.submit(send);
            start.countDown();
            List<DeclarationImportOutcome> outcomes = List.of(one.get(), two.get());

            assertThat(outcomes).filteredOn(DeclarationImportOutcome::imported).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.imported()).singleElement()
                    .satisfies(o -> assertThat(o.check().problems()).extracting(p -> p.error().name())
                            .containsOnly("ALREADY_IMPORTED"));
        } finally {
            threads.shutdownNow();
        }
        List<Integer> after = setting.declarationRows();
        assertThat(after.get(0)).isEqualTo(before.get(0) + 2);
        assertThat(after.get(1)).isEqualTo(before.get(1) + linesOf("atlas-valide.csv", null));
        assertThat(after.get(2)).isEqualTo(before.get(2) + 1);
    }

    @Test
    void aFormUserCannotSendAFile() {
        setting.declares(DeclarationMode.FORM, "CAD", "EMP");

        assertThatThrownBy(() -> imports.importFile(NOVEMBER, "paie.csv", fixture("atlas-valide.csv")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.error.mode.FORM"));
        assertThatThrownBy(() -> imports.setting()).isInstanceOf(Refusal.class);
    }

    @Test
    void aPeriodNotOfferedIsRefused() {
        assertThatThrownBy(() -> imports.importFile(DuePeriod.parse("2027-01"), "paie.csv", fixture("atlas-valide.csv")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.upload.error.period"));
        assertThatThrownBy(() -> imports.importFile(DuePeriod.parse("2026-T3"), "paie.csv", fixture("atlas-valide.csv")))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void theUploadScreenOffersTheCompanysMonthsAndTheGrantedCategories() {
        setting.declares(DeclarationMode.FILE, "EMP");

        UploadSetting offered = imports.setting();

        assertThat(offered.periods()).hasSize(DeclarationImport.PERIODS_OFFERED).first().isEqualTo(DuePeriod.parse("2026-12"));
        assertThat(offered.categories()).containsExactly("EMP — Employés");
    }

    /** The number of data lines of a fixture, of one category or all. */
    private static int linesOf(String fixture, String category) {
        try (InputStream in = DeclarationImportTest.class.getResourceAsStream("/declaration/" + fixture)) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> !l.isBlank() && (category == null || l.endsWith(";" + category))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture copied to a temporary file, as the upload leaves it. */
    private Path fixture(String name) {
        try (InputStream in = DeclarationImportTest.class.getResourceAsStream("/declaration/" + name)) {
            return temporary(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path temporary(byte[] content) {
        try {
            Path file = Files.createTempFile("declaration-test-", ".csv");
            Files.write(file, content);
            files.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
