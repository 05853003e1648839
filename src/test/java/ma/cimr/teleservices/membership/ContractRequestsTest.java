package ma.cimr.teleservices.membership;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.declaration.DeclarationDetail;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.declaration.SalaryDeclarations;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.RequestType;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.TETOUAN_DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_OPTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRACT_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_RATE_CHANGE;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract after membership (adhérents n°7 to 9): the compte adhérent user asks for a rate
 * change, an extension or the options from the company space, staff accept or refuse, and an
 * accepted change is what the next declarations are priced with (issue 12, done when: a rate change
 * takes effect on the next declaration). On Tétouan Céramique, which has declared nothing yet; a
 * compte adhérent login is made for it here, and everything is rolled back.
 */
@Transactional
class ContractRequestsTest extends PortalBrowserlessTest {

    static final String TETOUAN_COMPANY_ACCOUNT = "tetouan.compte";

    @Autowired
    Contracts contracts;
    @Autowired
    ContractDesk desk;
    @Autowired
    RequestDesk requests;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    SalaryDeclarations declarations;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    private long tetouan;
    private YearMonth thisMonth;

    @BeforeEach
    void aCompteAdherentLoginForTetouan() {
        tetouan = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100936")))
                .fetchSingle().value1();
        long account = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, TETOUAN_COMPANY_ACCOUNT)
                .set(USER_ACCOUNT.PASSWORD_HASH, "$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q")
                .set(USER_ACCOUNT.KIND, AccountKind.COMPANY_USER)
                .set(USER_ACCOUNT.DISPLAY_NAME, "Compte adhérent (Tétouan Céramique SARL)")
                .set(USER_ACCOUNT.COMPANY_ID, tetouan)
                .set(USER_ACCOUNT.TELESERVICE, Teleservice.COMPANY_ACCOUNT)
                .returning(USER_ACCOUNT.ID).fetchSingle().getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, account).set(ACCOUNT_ROLE.ROLE, Role.COMPANY_ACCOUNT).execute();
        thisMonth = YearMonth.from(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE));
    }

    private long category(String code) {
        return dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(tetouan).and(CONTRIBUTION_CATEGORY.CODE.eq(code)))
                .fetchSingle().value1();
    }

    @Test
    void aRateChangeAcceptedFromThisMonthPricesThisMonthsDeclarationAtTheNewRateAndLastMonthsAtTheOld() {
        // the compte adhérent user asks, on the contract page, for EMP at 4.50 % from this month
        signInAs(TETOUAN_COMPANY_ACCOUNT);
        open("company/contract");
        select("rate-change-category").selectItem("EMP — Employés");
        select("rate-change-step").selectItem("4,50 % salarial, 5,85 % patronal");
        test($(Button.class).withClassName("request-rate-change").first()).click();
        var filed = dsl.selectFrom(CONTRACT_REQUEST).where(CONTRACT_REQUEST.COMPANY_ID.eq(tetouan)).fetchSingle();
        assertThat(filed.getStatus()).isEqualTo("PENDING");
        assertThat(filed.getAppliesFrom()).isEqualTo(thisMonth.atDay(1));
        assertThat(contracts.myRequests()).singleElement().extracting(ContractRequest::requestReference)
                .isEqualTo(filed.getRequestReference());

        // the agent accepts it in the contract requests' queue
        signInAs(AGENT);
        assertThat(requests.detail(filed.getRequestReference()).summary().type().code()).isEqualTo("COMPANY_RATE_CHANGE");
        open("backoffice/contract-requests");
        @SuppressWarnings("unchecked")
        Grid<ContractRequest> grid = $(Grid.class).withClassName("contract-requests-grid").first();
        var queue = test(grid);
        int row = -1;
        for (int i = 0; i < queue.size(); i++) {
            if (queue.getRow(i).id() == filed.getId()) {
                row = i;
            }
        }
        assertThat(row).as("Tétouan's request in the queue").isNotNegative();
        queue.select(row);
        test($(Button.class).withClassName("accept-contract-request").first()).click();
        assertThat(requests.detail(filed.getRequestReference()).summary().status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(dsl.fetchCount(CONTRIBUTION_RATE_CHANGE, CONTRIBUTION_RATE_CHANGE.CATEGORY_ID.eq(category("EMP"))))
                .isOne();

        // this month's declaration is priced at 4.50 / 5.85, last month's still at 3 / 3.90
        signInAs(TETOUAN_DECLARATION);
        DuePeriod period = DuePeriod.month(thisMonth);
        DeclarationDetail current = declarations.detail(declarations.start(tetouan, period, category("EMP")));
        DeclarationDetail previous = declarations.detail(declarations.start(tetouan, period.previous(), category("EMP")));
        assertThat(current.lines()).isNotEmpty().allSatisfy(line -> assertPricedAt(line, "4.50", "5.85"));
        assertThat(previous.lines()).isNotEmpty().allSatisfy(line -> assertPricedAt(line, "3.00", "3.90"));

        signInAs(TETOUAN_COMPANY_ACCOUNT);
        assertThat(contracts.mine().categories()).filteredOn(c -> c.code().equals("EMP")).singleElement()
                .satisfies(c -> assertThat(c.employeeRate()).isEqualByComparingTo("4.50"));
    }

    private static void assertPricedAt(DeclaredLine line, String employee, String employer) {
        BigDecimal salary = line.salary().amount();
        assertThat(line.employeeAmount()).isEqualTo(Money.of(salary.multiply(new BigDecimal(employee))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP)));
        assertThat(line.employerAmount()).isEqualTo(Money.of(salary.multiply(new BigDecimal(employer))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void anAcceptedExtensionAddsACategoryAtItsStepAndAcceptedOptionsAreTheCompanys() {
        signInAs(TETOUAN_COMPANY_ACCOUNT);
        contracts.requestExtension(new StaffCategory("ouv", "Ouvriers", 12, new BigDecimal("480000")), 1, thisMonth.plusMonths(1));
        contracts.requestOptions(EnumSet.of(MembershipOption.MOUBAKKIR), thisMonth);
        List<ContractRequest> filed = contracts.myRequests();
        assertThat(filed).extracting(ContractRequest::kind).containsExactlyInAnyOrder(ContractKind.EXTENSION, ContractKind.OPTIONS);

        signInAs(AGENT);
        filed.forEach(request -> desk.accept(request.id()));
        var added = dsl.selectFrom(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(tetouan).and(CONTRIBUTION_CATEGORY.CODE.eq("OUV"))).fetchSingle();
        assertThat(added.getEmployeeRate()).isEqualByComparingTo("3.00");
        assertThat(added.getEmployerRate()).isEqualByComparingTo("3.90");
        assertThat(dsl.select(COMPANY_OPTION.OPTION).from(COMPANY_OPTION).where(COMPANY_OPTION.COMPANY_ID.eq(tetouan))
                .fetch(r -> r.value1())).containsExactly("MOUBAKKIR");
        filed.forEach(request -> assertThat(requests.detail(request.requestReference()).summary().status())
                .isEqualTo(RequestStatus.CLOSED));
    }

    @Test
    void aRefusedRequestChangesNothingAndSaysWhy() {
        signInAs(TETOUAN_COMPANY_ACCOUNT);
        contracts.requestRateChange(category("CAD"), 12, thisMonth);
        long id = contracts.myRequests().getFirst().id();
        signInAs(AGENT);
        assertThatThrownBy(() -> desk.refuse(id, " ")).hasMessage("membership.error.reasonRequired");
        desk.refuse(id, "Le conseil de l'entreprise n'a pas signé la demande");
        assertThatThrownBy(() -> desk.accept(id)).hasMessage("membership.error.decided");
        assertThat(dsl.fetchCount(CONTRIBUTION_RATE_CHANGE, CONTRIBUTION_RATE_CHANGE.CATEGORY_ID.eq(category("CAD")))).isZero();
        signInAs(TETOUAN_COMPANY_ACCOUNT);
        assertThat(contracts.myRequests().getFirst().refusalReason()).contains("n'a pas signé");
    }

    @Test
    void aRateOutsideTheStepsAPastMonthAnotherCompanysCategoryOrASecondPendingRequestAreRefused() {
        signInAs(TETOUAN_COMPANY_ACCOUNT);
        long employees = category("EMP");
        assertThatThrownBy(() -> contracts.requestRateChange(employees, 99, thisMonth)).hasMessage("membership.error.rateStep");
        assertThatThrownBy(() -> contracts.requestRateChange(employees, 2, thisMonth.minusMonths(1)))
                .hasMessage("membership.contract.error.pastPeriod");
        assertThatThrownBy(() -> contracts.requestRateChange(employees, 1, thisMonth))
                .hasMessage("membership.contract.error.sameRate");
        long atlasCategory = dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY).join(COMPANY)
                .on(COMPANY.ID.eq(CONTRIBUTION_CATEGORY.COMPANY_ID))
                .where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234"))).limit(1).fetchSingle().value1();
        assertThatThrownBy(() -> contracts.requestRateChange(atlasCategory, 2, thisMonth))
                .hasMessage("membership.contract.error.unknownCategory");
        assertThatThrownBy(() -> contracts.requestExtension(new StaffCategory("EMP", "Employés", 3, BigDecimal.TEN), 1, thisMonth))
                .hasMessage("membership.contract.error.categoryExists");
        assertThatThrownBy(() -> contracts.requestOptions(Set.of(), thisMonth)).hasMessage("membership.contract.error.sameOptions");
        contracts.requestRateChange(employees, 2, thisMonth);
        assertThatThrownBy(() -> contracts.requestRateChange(employees, 3, thisMonth.plusMonths(1)))
                .hasMessage("membership.contract.error.pending");
        assertThat(dsl.fetchCount(CONTRACT_REQUEST, CONTRACT_REQUEST.COMPANY_ID.eq(tetouan))).isOne();
    }

    @Test
    void theFreeTextTypesThatStoodInForTheContractAreNoLongerFiledByCompanies() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        Set<String> contractTypes = Set.of("COMPANY_MEMBERSHIP", "COMPANY_EXTENSION", "COMPANY_RATE_CHANGE", "COMPANY_OPTIONS");
        assertThat(serviceRequests.typesForMe()).extracting(RequestType::code).doesNotContainAnyElementsOf(contractTypes)
                .contains("COMPANY_INFORMATION");
        assertThatThrownBy(() -> serviceRequests.file(new NewRequest("COMPANY_RATE_CHANGE", Channel.WEB, "fr",
                "Changement de taux", "Passer à 5 %", null, null, null))).hasMessage("request.error.filedBySystem");
        signInAs(AGENT);
        assertThat(requests.typesToEnter()).extracting(RequestType::code).doesNotContainAnyElementsOf(contractTypes);
    }

    @SuppressWarnings("unchecked")
    private com.vaadin.flow.component.select.SelectTester<Select<Object>, Object> select(String className) {
        return test((Select<Object>) $(Select.class).withClassName(className).first());
    }
}
