package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.request.Channel;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_LINE;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

/**
 * FILED declarations made the way filing makes them (V24): the declaration with its priced lines
 * and totals, and the COMPANY_DECLARATION request filed through the feature by the company's
 * télédéclaration login, whose clock starts at the filing. The processing tests start from these,
 * without the form or the file.
 */
final class FiledDeclarations {

    static final String FES_DECLARATION = "fes.declaration";
    static final String FES = "100891";

    private final DSLContext dsl;
    private final AccountService accounts;
    private final ServiceRequests requests;
    private final ContributionRatesRepository rates;
    private final Clock clock;

    FiledDeclarations(DSLContext dsl, AccountService accounts, ServiceRequests requests, ContributionRatesRepository rates,
                      Clock clock) {
        this.dsl = dsl;
        this.accounts = accounts;
        this.requests = requests;
        this.rates = rates;
        this.clock = clock;
    }

    /** A line: a known affiliate by matricule, or a newcomer by CIN and name. */
    record Line(@Nullable String matricule, @Nullable String cin, @Nullable String fullName, BigDecimal salary, int days,
                @Nullable LocalDate entry, @Nullable LocalDate exit) {

        static Line of(String matricule, String salary) {
            return new Line(matricule, null, null, new BigDecimal(salary), 26, null, null);
        }

        static Line newcomer(String cin, String fullName, String salary, @Nullable LocalDate entry) {
            return new Line(null, cin, fullName, new BigDecimal(salary), 26, entry, null);
        }

        Line exitingOn(LocalDate exitDate) {
            return new Line(matricule, cin, fullName, salary, days, entry, exitDate);
        }
    }

    record Filed(long id, String requestReference) {
    }

    /** A free due period of the company and category, from {@code from} on (other tests declare too). */
    DuePeriod freeMonth(String adherent, String category, DuePeriod from) {
        DuePeriod period = from;
        while (dsl.fetchExists(DECLARATION.join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION.CATEGORY_ID)),
                DECLARATION.COMPANY_ID.eq(companyId(adherent)).and(CONTRIBUTION_CATEGORY.CODE.eq(category))
                        .and(DECLARATION.DUE_PERIOD.eq(period.firstDay())).and(DECLARATION.KIND.eq(DeclarationKind.ORIGINAL))
                        .and(DECLARATION.STATUS.ne(DeclarationStatus.CANCELLED)))) {
            period = period.next();
        }
        return period;
    }

    Filed file(String login, String category, DuePeriod period, List<Line> lines) {
        return file(login, category, period, lines, clock.instant());
    }

    /** Files as {@code login}, then signs out: the test signs in whoever works it next. */
    Filed file(String login, String category, DuePeriod period, List<Line> lines, Instant filedAt) {
        PortalUser company = SignedIn.as(accounts, login);
        try {
            long companyId = company.companyId().value();
            long categoryId = dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                    .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId).and(CONTRIBUTION_CATEGORY.CODE.eq(category)))
                    .fetchSingle(CONTRIBUTION_CATEGORY.ID);
            ContributionRates priced = rates.ratesFor(companyId, categoryId, period.firstDay()).orElseThrow();
            RequestReceipt receipt = requests.fileThroughFeature(new NewRequest("COMPANY_DECLARATION", Channel.WEB, "fr",
                    "Déclaration " + period + " " + category, "Déclaration de salaires " + period, null, null, null));
            long requestId = dsl.select(SERVICE_REQUEST.ID).from(SERVICE_REQUEST)
                    .where(SERVICE_REQUEST.REFERENCE.eq(receipt.reference())).fetchSingle(SERVICE_REQUEST.ID);
            BigDecimal salary = BigDecimal.ZERO;
            BigDecimal employee = BigDecimal.ZERO;
            BigDecimal employer = BigDecimal.ZERO;
            for (Line line : lines) {
                salary = salary.add(line.salary());
                employee = employee.add(priced.employeeAmount(Money.of(line.salary())).amount());
                employer = employer.add(priced.employerAmount(Money.of(line.salary())).amount());
            }
            OffsetDateTime at = OffsetDateTime.ofInstant(filedAt, ZoneOffset.UTC);
            long id = dsl.insertInto(DECLARATION)
                    .set(DECLARATION.COMPANY_ID, companyId)
                    .set(DECLARATION.CATEGORY_ID, categoryId)
                    .set(DECLARATION.DUE_PERIOD, period.firstDay())
                    .set(DECLARATION.PERIODICITY, period.frequency() == DuePeriod.Frequency.MONTH ? "MONTHLY" : "QUARTERLY")
                    .set(DECLARATION.CHANNEL, DeclarationChannel.FORM)
                    .set(DECLARATION.STATUS, DeclarationStatus.FILED)
                    .set(DECLARATION.CREATED_BY, company.accountId().value())
                    .set(DECLARATION.FILED_BY, company.accountId().value())
                    .set(DECLARATION.FILED_AT, at)
                    .set(DECLARATION.REQUEST_ID, requestId)
                    .set(DECLARATION.LINE_COUNT, lines.size())
                    .set(DECLARATION.TOTAL_SALARY, salary)
                    .set(DECLARATION.TOTAL_EMPLOYEE, employee)
                    .set(DECLARATION.TOTAL_EMPLOYER, employer)
                    .returningResult(DECLARATION.ID).fetchSingle().value1();
            int number = 0;
            for (Line line : lines) {
                Long affiliateId = line.matricule() == null ? null : dsl.select(AFFILIATE.ID).from(AFFILIATE)
                        .where(AFFILIATE.MATRICULE.eq(ma.cimr.teleservices.shared.value.Matricule.parse(line.matricule())))
                        .fetchSingle(AFFILIATE.ID);
                dsl.insertInto(DECLARATION_LINE)
                        .set(DECLARATION_LINE.DECLARATION_ID, id)
                        .set(DECLARATION_LINE.LINE_NUMBER, ++number)
                        .set(DECLARATION_LINE.AFFILIATE_ID, affiliateId)
                        .set(DECLARATION_LINE.CIN, line.cin())
                        .set(DECLARATION_LINE.FULL_NAME, line.fullName())
                        .set(DECLARATION_LINE.SALARY, line.salary())
                        .set(DECLARATION_LINE.DAYS_WORKED, (short) line.days())
                        .set(DECLARATION_LINE.ENTRY_DATE, line.entry())
                        .set(DECLARATION_LINE.EXIT_DATE, line.exit())
                        .set(DECLARATION_LINE.EMPLOYEE_AMOUNT, priced.employeeAmount(Money.of(line.salary())).amount())
                        .set(DECLARATION_LINE.EMPLOYER_AMOUNT, priced.employerAmount(Money.of(line.salary())).amount())
                        .execute();
            }
            return new Filed(id, receipt.reference());
        } finally {
            SignedIn.out();
        }
    }

    /**
     * A declaration of {@code size} lines for as many new affiliates, made by set-based SQL (the
     * affiliates too): for measuring processing at the size of the fund's largest employers.
     */
    Filed fileLarge(String login, String category, DuePeriod period, int size) {
        dsl.execute("""
                insert into affiliate (matricule, cin, last_name, first_name, birth_date)
                select '5' || lpad(i::text, 8, '0'), 'QV' || lpad(i::text, 6, '0'), 'Grand', 'Effectif', date '1980-01-01'
                from generate_series(1, ?) as i""", size);
        Filed declaration = file(login, category, period, List.of());
        dsl.execute("""
                insert into declaration_line (declaration_id, line_number, affiliate_id, salary, days_worked,
                                              employee_amount, employer_amount)
                select ?, row_number() over (order by a.id), a.id, 4000 + (a.id % 5000), 26,
                       round((4000 + (a.id % 5000)) * 0.03, 2), round((4000 + (a.id % 5000)) * 0.039, 2)
                from affiliate a where a.matricule::text like '5%' and length(a.matricule::text) = 9""", declaration.id());
        dsl.execute("""
                update declaration d set line_count = t.n, total_salary = t.salary, total_employee = t.employee,
                                         total_employer = t.employer
                from (select count(*) as n, sum(salary) as salary, sum(employee_amount) as employee,
                             sum(employer_amount) as employer
                      from declaration_line where declaration_id = ?) t
                where d.id = ?""", declaration.id(), declaration.id());
        return declaration;
    }

    /** The télédéclaration login set up by its delegate for every category of its company (the demo leaves that to the delegate). */
    void setUp(String login) {
        dsl.execute("""
                insert into declaration_user (account_id, company_id, external, mode)
                select id, company_id, false, 'FORM' from user_account where login = ?
                on conflict do nothing""", login);
        dsl.execute("""
                insert into declaration_user_category (account_id, company_id, category_id)
                select u.id, u.company_id, c.id from user_account u
                join contribution_category c on c.company_id = u.company_id
                where u.login = ?
                on conflict do nothing""", login);
    }

    long companyId(String adherent) {
        return dsl.select(COMPANY.ID).from(COMPANY)
                .where(COMPANY.ADHERENT_NUMBER.eq(new ma.cimr.teleservices.shared.value.AdherentNumber(adherent)))
                .fetchSingle(COMPANY.ID);
    }

    long accountId(String login) {
        return dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle(USER_ACCOUNT.ID);
    }
}
