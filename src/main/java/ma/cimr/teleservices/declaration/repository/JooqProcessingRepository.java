package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclarationToProcess;
import ma.cimr.teleservices.declaration.LineToProcess;
import ma.cimr.teleservices.declaration.Newcomer;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.AFFILIATE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_LINE;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;

@Repository
class JooqProcessingRepository implements ProcessingRepository {

    private final DSLContext dsl;

    JooqProcessingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<DeclarationToProcess> queue(int offset, int limit) {
        return select().where(inQueue())
                .orderBy(DECLARATION.FILED_AT, DECLARATION.ID)
                .offset(offset).limit(limit)
                .fetch(JooqProcessingRepository::toDeclaration);
    }

    @Override
    public int queueSize() {
        return dsl.fetchCount(DECLARATION, inQueue());
    }

    private static Condition inQueue() {
        return DECLARATION.STATUS.in(DeclarationStatus.FILED, DeclarationStatus.PROCESSING);
    }

    @Override
    public Optional<DeclarationToProcess> find(long declarationId) {
        return select().where(DECLARATION.ID.eq(declarationId)).fetchOptional(JooqProcessingRepository::toDeclaration);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DeclarationToProcess> lock(long declarationId) {
        return select().where(DECLARATION.ID.eq(declarationId)).forUpdate().of(DECLARATION)
                .fetchOptional(JooqProcessingRepository::toDeclaration);
    }

    @Override
    public Optional<Long> declarationOfRequest(String reference) {
        return dsl.select(DECLARATION.ID).from(DECLARATION)
                .join(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION.REQUEST_ID))
                .where(SERVICE_REQUEST.REFERENCE.eq(reference))
                .fetchOptional(DECLARATION.ID);
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(DECLARATION.fields())
                .select(COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, CONTRIBUTION_CATEGORY.CODE,
                        CONTRIBUTION_CATEGORY.LABEL, SERVICE_REQUEST.REFERENCE, SERVICE_REQUEST.DUE_DATE)
                .from(DECLARATION)
                .join(COMPANY).on(COMPANY.ID.eq(DECLARATION.COMPANY_ID))
                .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION.CATEGORY_ID))
                .leftJoin(SERVICE_REQUEST).on(SERVICE_REQUEST.ID.eq(DECLARATION.REQUEST_ID));
    }

    private static DeclarationToProcess toDeclaration(Record row) {
        return new DeclarationToProcess(row.get(DECLARATION.ID), row.get(DECLARATION.COMPANY_ID),
                row.get(COMPANY.ADHERENT_NUMBER).value(), row.get(COMPANY.LEGAL_NAME),
                duePeriod(row.get(DECLARATION.DUE_PERIOD), row.get(DECLARATION.PERIODICITY)), row.get(DECLARATION.KIND),
                row.get(DECLARATION.CATEGORY_ID), row.get(CONTRIBUTION_CATEGORY.CODE), row.get(CONTRIBUTION_CATEGORY.LABEL),
                row.get(DECLARATION.STATUS), row.get(DECLARATION.LINE_COUNT), row.get(DECLARATION.TOTAL_SALARY),
                row.get(DECLARATION.TOTAL_EMPLOYEE), row.get(DECLARATION.TOTAL_EMPLOYER), instant(row.get(DECLARATION.FILED_AT)),
                row.get(DECLARATION.REQUEST_ID), row.get(SERVICE_REQUEST.REFERENCE), row.get(SERVICE_REQUEST.DUE_DATE), null,
                row.get(DECLARATION.RECALLS_DECLARATION_ID), row.get(DECLARATION.RECALL_MOTIVE),
                instant(row.get(DECLARATION.PROCESSED_AT)), instant(row.get(DECLARATION.CANCELLED_AT)),
                row.get(DECLARATION.CANCELLATION_REASON));
    }

    static DuePeriod duePeriod(LocalDate firstDay, String periodicity) {
        return "QUARTERLY".equals(periodicity)
                ? DuePeriod.quarter(firstDay.getYear(), (firstDay.getMonthValue() - 1) / 3 + 1)
                : DuePeriod.ofMonthStarting(firstDay);
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    @Override
    public List<LineToProcess> lines(long declarationId, int offset, int limit) {
        return dsl.select(DECLARATION_LINE.fields()).select(AFFILIATE.MATRICULE)
                .from(DECLARATION_LINE)
                .leftJoin(AFFILIATE).on(AFFILIATE.ID.eq(DECLARATION_LINE.AFFILIATE_ID))
                .where(DECLARATION_LINE.DECLARATION_ID.eq(declarationId))
                .orderBy(DECLARATION_LINE.LINE_NUMBER)
                .offset(offset).limit(limit)
                .fetch(row -> new LineToProcess(row.get(DECLARATION_LINE.LINE_NUMBER),
                        row.get(AFFILIATE.MATRICULE) == null ? null : row.get(AFFILIATE.MATRICULE).value(),
                        row.get(DECLARATION_LINE.CIN), row.get(DECLARATION_LINE.FULL_NAME), row.get(DECLARATION_LINE.SALARY),
                        row.get(DECLARATION_LINE.DAYS_WORKED), row.get(DECLARATION_LINE.ENTRY_DATE),
                        row.get(DECLARATION_LINE.EXIT_DATE), row.get(DECLARATION_LINE.EMPLOYEE_AMOUNT),
                        row.get(DECLARATION_LINE.EMPLOYER_AMOUNT)));
    }

    @Override
    public List<Newcomer> newcomers(long declarationId) {
        return dsl.resultQuery("""
                        select l.cin, l.full_name, a.matricule
                        from declaration_line l
                        left join affiliate a on a.cin = l.cin
                        where l.declaration_id = ? and l.affiliate_id is null
                        order by l.line_number""", declarationId)
                .fetch(row -> new Newcomer(row.get(0, String.class), row.get(1, String.class), row.get(2, String.class)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markProcessing(long declarationId) {
        dsl.update(DECLARATION).set(DECLARATION.STATUS, DeclarationStatus.PROCESSING)
                .where(DECLARATION.ID.eq(declarationId)).execute();
    }

    @Override
    public List<String> newcomersDeclaredTwice(long declarationId) {
        return dsl.resultQuery("""
                        select l.cin
                        from declaration_line l
                        join affiliate a on a.cin = l.cin
                        where l.declaration_id = ? and l.affiliate_id is null
                          and exists (select 1 from declaration_line o
                                      where o.declaration_id = l.declaration_id and o.affiliate_id = a.id)
                        order by l.line_number""", declarationId)
                .fetch(row -> row.get(0, String.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int linkNewcomersByCin(long declarationId) {
        return dsl.execute("""
                update declaration_line l set affiliate_id = a.id
                from affiliate a
                where l.declaration_id = ? and l.affiliate_id is null and a.cin = l.cin""", declarationId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String immatriculate(long declarationId, String cin, String lastName, String firstName, LocalDate birthDate) {
        var created = dsl.resultQuery("""
                        insert into affiliate (matricule, cin, last_name, first_name, birth_date)
                        values (lpad(nextval('affiliate_matricule')::text, 8, '0'), ?, ?, ?, ?)
                        returning id, matricule""", cin, lastName, firstName, birthDate)
                .fetchOne();
        long affiliateId = created.get(0, Long.class);
        dsl.execute("update declaration_line set affiliate_id = ? where declaration_id = ? and cin = ? and affiliate_id is null",
                affiliateId, declarationId, cin);
        return created.get(1, String.class);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AffiliationChanges applyEntriesAndExits(long declarationId) {
        // an entry (or a newcomer, whose first period starts the affiliation) opens one, unless an
        // affiliation with the company in that category already covers the day
        int opened = dsl.execute("""
                insert into affiliation (affiliate_id, company_id, category_id, start_date, end_date)
                select l.affiliate_id, d.company_id, d.category_id, s.start_date, l.exit_date
                from declaration d
                join declaration_line l on l.declaration_id = d.id
                cross join lateral (select coalesce(l.entry_date, d.due_period) as start_date) s
                where d.id = ? and (l.entry_date is not null or l.cin is not null)
                  and not exists (select 1 from affiliation a
                                  where a.affiliate_id = l.affiliate_id and a.company_id = d.company_id
                                    and a.category_id = d.category_id and a.start_date <= s.start_date
                                    and (a.end_date is null or a.end_date >= s.start_date))""", declarationId);
        int closed = dsl.execute("""
                update affiliation a set end_date = l.exit_date
                from declaration d
                join declaration_line l on l.declaration_id = d.id
                where d.id = ? and l.exit_date is not null
                  and a.affiliate_id = l.affiliate_id and a.company_id = d.company_id
                  and a.category_id = d.category_id and a.end_date is null and a.start_date <= l.exit_date""",
                declarationId);
        return new AffiliationChanges(opened, closed);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int post(long declarationId, Instant now) {
        // a quarter is posted on its three months in thirds, the last month taking the rounding,
        // so the affiliate's statement stays monthly and the three add up to the line (DD028)
        int rows = dsl.execute("""
                insert into declaration_posting (declaration_id, affiliate_id, company_id, due_period, declared_salary,
                                                 employee_amount, employer_amount, created_row, posted_at)
                select d.id, l.affiliate_id, d.company_id, (d.due_period + make_interval(months => m.i))::date,
                       case when m.i < n.months - 1 then round(l.salary / n.months, 2)
                            else l.salary - round(l.salary / n.months, 2) * (n.months - 1) end,
                       case when m.i < n.months - 1 then round(l.employee_amount / n.months, 2)
                            else l.employee_amount - round(l.employee_amount / n.months, 2) * (n.months - 1) end,
                       case when m.i < n.months - 1 then round(l.employer_amount / n.months, 2)
                            else l.employer_amount - round(l.employer_amount / n.months, 2) * (n.months - 1) end,
                       not exists (select 1 from contribution c
                                   where c.affiliate_id = l.affiliate_id and c.company_id = d.company_id
                                     and c.due_period = (d.due_period + make_interval(months => m.i))::date),
                       cast(? as timestamptz)
                from declaration d
                join declaration_line l on l.declaration_id = d.id
                cross join lateral (select case d.periodicity when 'QUARTERLY' then 3 else 1 end as months) n
                cross join lateral generate_series(0, n.months - 1) as m(i)
                where d.id = ?""", OffsetDateTime.ofInstant(now, ZoneOffset.UTC), declarationId);
        dsl.execute("""
                insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
                select affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount
                from declaration_posting
                where declaration_id = ?
                on conflict (affiliate_id, due_period, company_id) do update
                set declared_salary = contribution.declared_salary + excluded.declared_salary,
                    employee_amount = contribution.employee_amount + excluded.employee_amount,
                    employer_amount = contribution.employer_amount + excluded.employer_amount""", declarationId);
        return rows;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int reverse(long declarationId, Instant now) {
        int rows = dsl.execute("""
                update contribution c
                set declared_salary = c.declared_salary - p.declared_salary,
                    employee_amount = c.employee_amount - p.employee_amount,
                    employer_amount = c.employer_amount - p.employer_amount
                from declaration_posting p
                where p.declaration_id = ? and p.reversed_at is null
                  and c.affiliate_id = p.affiliate_id and c.company_id = p.company_id and c.due_period = p.due_period""",
                declarationId);
        // a month the posting created and that now holds nothing goes, so the statement counts no empty month
        dsl.execute("""
                delete from contribution c
                using declaration_posting p
                where p.declaration_id = ? and p.reversed_at is null and p.created_row
                  and c.affiliate_id = p.affiliate_id and c.company_id = p.company_id and c.due_period = p.due_period
                  and c.declared_salary = 0 and c.employee_amount = 0 and c.employer_amount = 0""", declarationId);
        dsl.execute("update declaration_posting set reversed_at = cast(? as timestamptz) where declaration_id = ? and reversed_at is null",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), declarationId);
        return rows;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markProcessed(long declarationId, long staffAccountId, Instant now) {
        dsl.update(DECLARATION)
                .set(DECLARATION.STATUS, DeclarationStatus.PROCESSED)
                .set(DECLARATION.PROCESSED_BY, staffAccountId)
                .set(DECLARATION.PROCESSED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .where(DECLARATION.ID.eq(declarationId)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markCancelled(long declarationId, Instant now, @Nullable String reason) {
        // V24: only a PROCESSED declaration has a processing date; when it was posted stays in declaration_posting
        dsl.update(DECLARATION)
                .set(DECLARATION.STATUS, DeclarationStatus.CANCELLED)
                .set(DECLARATION.CANCELLED_AT, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .set(DECLARATION.CANCELLATION_REASON, reason)
                .setNull(DECLARATION.PROCESSED_AT)
                .where(DECLARATION.ID.eq(declarationId)).execute();
    }

    @Override
    public Optional<String> openRequestReference(long requestId) {
        return dsl.select(SERVICE_REQUEST.REFERENCE).from(SERVICE_REQUEST)
                .where(SERVICE_REQUEST.ID.eq(requestId).and(SERVICE_REQUEST.STATUS.ne(RequestStatus.CLOSED)))
                .fetchOptional(SERVICE_REQUEST.REFERENCE);
    }
}
