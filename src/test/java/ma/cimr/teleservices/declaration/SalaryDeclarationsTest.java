package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.RequestDetail;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DECLARATION;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN_DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The télédéclaration by form, use case by use case, on the demo's small company (3 employees,
 * a year of contributions, no declaration yet): pre-filled draft, lines and totals, the comparison
 * with the previous period, filing and its refusals, the receipt.
 */
@Transactional
class SalaryDeclarationsTest extends PortalBrowserlessTest {

    @Autowired
    SalaryDeclarations declarations;
    @Autowired
    ServiceRequests requests;
    @Autowired
    HolidayService holidays;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private long tetouan;
    private long employees;

    private long startTetouanDraft() {
        signInAs(TETOUAN_DECLARATION);
        tetouan = DeclarationFixture.company(declarations, TETOUAN);
        employees = DeclarationFixture.category(declarations, tetouan, "EMP");
        return declarations.start(tetouan, DeclarationFixture.currentMonth(clock), employees);
    }

    private static Money dh(String amount) {
        return Money.of(amount);
    }

    @Test
    void aNewDraftIsPrefilledWithTheContributionsOnRecordForLastMonth() {
        long id = startTetouanDraft();

        DeclarationDetail draft = declarations.detail(id);
        assertThat(draft.companyName()).isEqualTo("Tétouan Céramique SARL");
        assertThat(draft.summary().status()).isEqualTo(DeclarationStatus.DRAFT);
        assertThat(draft.lines()).extracting(DeclaredLine::matricule)
                .containsExactlyInAnyOrder("20000001", "20000002", "20000003");
        assertThat(draft.lines()).extracting(DeclaredLine::salary)
                .containsExactlyInAnyOrder(dh("6800.00"), dh("5100.00"), dh("4200.00"));
        // EMP: 3 % for the employee, 3.90 % for the employer, on 16 100 DH
        assertThat(draft.summary().lineCount()).isEqualTo(3);
        assertThat(draft.summary().totalSalary()).isEqualTo(dh("16100.00"));
        assertThat(draft.summary().totalEmployee()).isEqualTo(dh("483.00"));
        assertThat(draft.summary().totalEmployer()).isEqualTo(dh("627.90"));
        assertThat(declarations.duePeriods(tetouan, employees)).doesNotContain(DeclarationFixture.currentMonth(clock));
    }

    @Test
    void addingChangingAndRemovingALineKeepsTheTotalsOnTheDeclaration() {
        long id = startTetouanDraft();

        DeclarationSummary added = declarations.addLine(id, new LineEntry(null, "RF200001", "Haddad Samira", dh("3000"), 20,
                DeclarationFixture.currentMonth(clock).firstDay(), null));
        assertThat(added.lineCount()).isEqualTo(4);
        assertThat(added.totalSalary()).isEqualTo(dh("19100.00"));
        assertThat(added.totalEmployee()).isEqualTo(dh("573.00"));

        DeclaredLine newcomer = declarations.detail(id).lines().stream().filter(l -> "RF200001".equals(l.cin()))
                .findFirst().orElseThrow();
        assertThat(newcomer.employerAmount()).isEqualTo(dh("117.00"));
        DeclarationSummary changed = declarations.changeLine(id, newcomer.lineNumber(),
                new LineEntry(null, "RF200001", "Haddad Samira", dh("4000"), 30, null, null));
        assertThat(changed.totalSalary()).isEqualTo(dh("20100.00"));
        assertThat(changed.totalEmployer()).isEqualTo(dh("783.90"));

        DeclarationSummary removed = declarations.removeLine(id, newcomer.lineNumber());
        assertThat(removed.lineCount()).isEqualTo(3);
        assertThat(removed.totalSalary()).isEqualTo(dh("16100.00"));
        assertThat(removed.totalEmployee()).isEqualTo(dh("483.00"));
    }

    @Test
    void theComparisonCountsJoinersLeaversTheMissingAndSalaryJumps() {
        long id = startTetouanDraft();
        List<DeclaredLine> lines = declarations.detail(id).lines();
        DeclaredLine first = line(lines, "20000001");   // 6 800 → 9 000: +32 %, beyond 30 %
        DeclaredLine second = line(lines, "20000002");  // 5 100 → 5 500: +8 %, leaves during the month
        DeclaredLine third = line(lines, "20000003");   // 4 200: missing, no exit date
        DuePeriod month = DeclarationFixture.currentMonth(clock);
        declarations.changeLine(id, first.lineNumber(), new LineEntry("20000001", null, null, dh("9000"), 30, null, null));
        declarations.changeLine(id, second.lineNumber(), new LineEntry("20000002", null, null, dh("5500"), 10, null,
                month.firstDay().plusDays(9)));
        declarations.removeLine(id, third.lineNumber());
        declarations.addLine(id, new LineEntry(null, "RF200002", "Ziani Omar", dh("3600"), 15,
                month.firstDay().plusDays(14), null));

        PeriodComparison comparison = declarations.compare(id);

        assertThat(comparison.previousPeriod()).isEqualTo(month.previous());
        assertThat(comparison.source()).isEqualTo(PeriodComparison.Source.CONTRIBUTIONS);
        assertThat(comparison.joiners()).extracting(PeriodComparison.Change::identifier).containsExactly("RF200002");
        assertThat(comparison.leavers()).extracting(PeriodComparison.Change::identifier).containsExactly("20000002");
        assertThat(comparison.missing()).extracting(PeriodComparison.Change::identifier).containsExactly("20000003");
        assertThat(comparison.salaryJumps()).singleElement().satisfies(jump -> {
            assertThat(jump.identifier()).isEqualTo("20000001");
            assertThat(jump.previousSalary()).isEqualTo(dh("6800.00"));
            assertThat(jump.currentSalary()).isEqualTo(dh("9000.00"));
        });
        assertThat(comparison.jumpPercent()).isEqualTo(30);
        assertThat(comparison.previousSalary()).isEqualTo(dh("16100.00"));
        assertThat(comparison.currentSalary()).isEqualTo(dh("18100.00"));
        assertThat(comparison.salaryChange()).isEqualByComparingTo("2000.00");
        // 16 100 × 6.90 % = 1 110.90 before; 18 100 × 6.90 % = 1 248.90 now
        assertThat(comparison.contributionsChange()).isEqualByComparingTo("138.00");
    }

    @Test
    void filingFilesTheDeclarationRequestDueInTwoBusinessDaysFromTheFiling() {
        long id = startTetouanDraft();

        FiledDeclaration filed = declarations.file(id);

        DeclarationSummary summary = declarations.detail(id).summary();
        assertThat(summary.status()).isEqualTo(DeclarationStatus.FILED);
        assertThat(Duration.between(summary.filedAt(), clock.instant()).abs()).isLessThan(Duration.ofMillis(1));
        assertThat(summary.requestReference()).isEqualTo(filed.requestReference());
        assertThat(filed.dueDate()).isEqualTo(holidays.calendar().dueDate(clock.instant(), 2));
        RequestDetail request = requests.find(filed.requestReference(), null);
        assertThat(request.summary().type().code()).isEqualTo("COMPANY_DECLARATION");
        assertThat(request.description()).contains("Tétouan Céramique SARL", "16100.00");
        assertThat(dsl.fetchValue("select count(*) from audit_event where action = 'DECLARATION_FILED' and target = ? "
                + "and details like ?", TETOUAN, "%" + filed.requestReference())).isEqualTo(1L);
    }

    @Test
    void aPeriodAlreadyDeclaredCannotBeStartedNorFiledAgain() {
        long id = startTetouanDraft();
        assertThatThrownBy(() -> declarations.start(tetouan, DeclarationFixture.currentMonth(clock), employees))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.form.error.alreadyDeclared"));
        declarations.file(id);

        assertThatThrownBy(() -> declarations.file(id))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.review.error.alreadyFiled"));
        assertThatThrownBy(() -> declarations.start(tetouan, DeclarationFixture.currentMonth(clock), employees))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.form.error.alreadyDeclared"));
    }

    @Test
    void anUnknownMatriculeIsRefused() {
        long id = startTetouanDraft();

        assertThatThrownBy(() -> declarations.addLine(id, new LineEntry("99999999", null, null, dh("3000"), 30, null, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.form.error.unknownMatricule"));
    }

    @Test
    void anotherCompanysAffiliateWithoutAnEntryDateIsRefusedAtTheLineAndAtTheFiling() {
        long id = startTetouanDraft();
        String atlasAffiliate = DemoMatricules.ofCompanyOnly(dsl, "100234");
        assertThatThrownBy(() -> declarations.addLine(id, new LineEntry(atlasAffiliate, null, null, dh("3000"), 30, null, null)))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.form.error.anotherCompany"));

        // with an entry date, a newcomer from another company; a line that loses it (as a file could
        // bring it) is caught by the checks at filing
        declarations.addLine(id, new LineEntry(atlasAffiliate, null, null, dh("3000"), 20,
                DeclarationFixture.currentMonth(clock).firstDay().plusDays(5), null));
        dsl.execute("update declaration_line set entry_date = null where declaration_id = ? and affiliate_id = "
                + "(select id from affiliate where matricule = ?)", id, atlasAffiliate);

        assertThat(declarations.problems(id)).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("declaration.review.error.anotherCompany"));
        assertThatThrownBy(() -> declarations.file(id))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.review.error.anotherCompany"));
    }

    @Test
    void anInactiveCategoryCannotBeFiled() {
        long id = startTetouanDraft();
        dsl.execute("update contribution_category set active = false where id = ?", employees);

        assertThatThrownBy(() -> declarations.file(id))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).key()).isIn("declaration.form.error.inactiveCategory",
                        "declaration.form.error.categoryNotYours"));
    }

    @Test
    void aCategoryTheDelegateDidNotGrantCannotBeFiled() {
        long id = startTetouanDraft();
        dsl.execute("delete from declaration_user_category where category_id = ?", employees);

        assertThatThrownBy(() -> declarations.file(id))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.form.error.categoryNotYours"));
    }

    @Test
    void aFileUserCannotUseTheForm() {
        signInAs(ATLAS_DECLARATION);
        long atlas = DeclarationFixture.company(declarations, "100234");
        long executives = DeclarationFixture.category(declarations, atlas, "CAD");

        assertThatThrownBy(() -> declarations.start(atlas, DeclarationFixture.currentMonth(clock), executives))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.error.mode.FILE"));
    }

    @Test
    void theReceiptSaysTheCompanyThePeriodAndTheTotalsInFrenchAndArabic() throws IOException {
        long id = startTetouanDraft();
        declarations.file(id);
        String period = DeclarationFixture.currentMonth(clock).toString();

        DeclarationDocument french = declarations.receipt(id, PortalI18NProvider.FRENCH);
        String frenchText = new PdfTextExtractor(new PdfReader(french.content())).getTextFromPage(1);
        assertThat(french.fileName()).endsWith("-fr.pdf");
        assertThat(frenchText).contains("Tétouan Céramique SARL", TETOUAN, period, "16", "100,00", "483,00", "627,90");

        DeclarationDocument arabic = declarations.receipt(id, PortalI18NProvider.ARABIC);
        String arabicText = new PdfTextExtractor(new PdfReader(arabic.content())).getTextFromPage(1);
        assertThat(arabic.fileName()).endsWith("-ar.pdf");
        assertThat(arabicText).contains(TETOUAN, period, "483", "627");
        assertThat(arabicText.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .isTrue();
    }

    @Test
    void aDraftHasNoReceiptAndCanBeDeleted() {
        long id = startTetouanDraft();
        assertThatThrownBy(() -> declarations.receipt(id, PortalI18NProvider.FRENCH)).isInstanceOf(Refusal.class);

        declarations.delete(id);

        assertThatThrownBy(() -> declarations.detail(id))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.history.error.notFound"));
        assertThat(declarations.duePeriods(tetouan, employees)).contains(DeclarationFixture.currentMonth(clock));
    }

    @Test
    void anotherCompanysDeclarationIsNotFound() {
        long id = startTetouanDraft();
        signInAs(ATLAS_DECLARATION);

        assertThatThrownBy(() -> declarations.detail(id))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.history.error.notFound"));
    }

    @Test
    void aLoginWithoutTheDeclarationRoleHasNoAccess() {
        signInAs(ATLAS_COMPANY_ACCOUNT);

        assertThatThrownBy(() -> declarations.companies()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> declarations.history(1L)).isInstanceOf(AccessDeniedException.class);
    }

    private static DeclaredLine line(List<DeclaredLine> lines, String matricule) {
        return lines.stream().filter(l -> matricule.equals(l.matricule())).findFirst().orElseThrow();
    }
}
