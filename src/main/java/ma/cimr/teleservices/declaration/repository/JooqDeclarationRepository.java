package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarationSummary;
import ma.cimr.teleservices.declaration.DeclarationKind;
import ma.cimr.teleservices.declaration.DeclarationChannel;
import ma.cimr.teleservices.declaration.DeclarationStatus;
import ma.cimr.teleservices.declaration.DeclaredLine;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.DECLARATION;

/**
 * Plain SQL where the question is a join of several tables (the history, the previous period, the
 * checks): each is one statement for the whole declaration.
 */
@Repository
class JooqDeclarationRepository implements DeclarationRepository {

    private static final String SUMMARY = """
            select d.id, d.company_id, d.category_id, cc.code, cc.label, d.due_period, d.periodicity, d.kind, d.channel,
                   d.status, d.line_count, d.total_salary, d.total_employee, d.total_employer, d.created_at, d.filed_at,
                   sr.reference, d.file_id
            from declaration d
            join contribution_category cc on cc.id = d.category_id
            left join service_request sr on sr.id = d.request_id
            """;
    private static final String LINE = """
            select l.line_number, l.affiliate_id, a.matricule, coalesce(l.cin, a.cin) as cin,
                   coalesce(l.full_name, a.last_name || ' ' || a.first_name) as name, l.salary, l.days_worked,
                   l.entry_date, l.exit_date, l.employee_amount, l.employer_amount
            from declaration_line l
            left join affiliate a on a.id = l.affiliate_id
            """;

    private final DSLContext dsl;

    JooqDeclarationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<DeclaringCompany> company(long companyId) {
        return dsl.resultQuery("select id, adherent_number, legal_name, declaration_periodicity from company where id = ?",
                        companyId)
                .fetchOptional(r -> new DeclaringCompany(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        "QUARTERLY".equals(r.get(3, String.class)) ? DuePeriod.Frequency.QUARTER : DuePeriod.Frequency.MONTH));
    }

    @Override
    public List<Category> categories(long companyId) {
        return dsl.resultQuery("select id, code, label, active from contribution_category where company_id = ? order by code",
                        companyId)
                .fetch(r -> new Category(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Boolean.class)));
    }

    @Override
    public Optional<DeclarationSummary> find(long id) {
        return dsl.resultQuery(SUMMARY + " where d.id = ?", id).fetchOptional(JooqDeclarationRepository::summary);
    }

    @Override
    public List<DeclarationSummary> history(long companyId) {
        return dsl.resultQuery(SUMMARY + " where d.company_id = ? order by d.due_period desc, cc.code, d.created_at desc",
                companyId).fetch(JooqDeclarationRepository::summary);
    }

    @Override
    public Set<LocalDate> takenPeriods(long companyId, long categoryId, LocalDate from) {
        return new HashSet<>(dsl.resultQuery("""
                        select due_period from declaration
                        where company_id = ? and category_id = ? and due_period >= ? and kind = 'ORIGINAL' and status <> 'CANCELLED'
                        """, companyId, categoryId, from)
                .fetch(r -> r.get(0, LocalDate.class)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public OptionalLong createDraft(long companyId, long categoryId, DuePeriod period, long createdBy) {
        // two starts at once: the unique index lets one in, the other gets no row and no aborted transaction
        Record created = dsl.resultQuery("""
                        insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status, created_by)
                        values (?, ?, ?, ?, 'ORIGINAL', 'FORM', 'DRAFT', ?)
                        on conflict (company_id, category_id, due_period) where status <> 'CANCELLED' and kind = 'ORIGINAL'
                        do nothing
                        returning id
                        """, companyId, categoryId, period.firstDay(),
                period.frequency() == DuePeriod.Frequency.QUARTER ? "QUARTERLY" : "MONTHLY", createdBy).fetchOne();
        return created == null ? OptionalLong.empty() : OptionalLong.of(created.get(0, Long.class));
    }

    @Override
    public Optional<Long> filedOriginal(long companyId, long categoryId, LocalDate period) {
        return dsl.resultQuery("""
                        select id from declaration
                        where company_id = ? and category_id = ? and due_period = ? and kind = 'ORIGINAL'
                          and status in ('FILED', 'PROCESSING', 'PROCESSED')
                        """, companyId, categoryId, period)
                .fetchOptional(r -> r.get(0, Long.class));
    }

    @Override
    public List<PreviousLine> contributionsOnRecord(long companyId, long categoryId, DuePeriod period) {
        // a quarter sums its months; the category is the affiliation's in force during the period
        return dsl.resultQuery("""
                        select a.id, a.matricule, a.cin, a.last_name || ' ' || a.first_name, sum(c.declared_salary),
                               count(*)
                        from contribution c
                        join affiliate a on a.id = c.affiliate_id
                        where c.company_id = ? and c.due_period between ? and ?
                          and exists (select 1 from affiliation af
                                      where af.affiliate_id = c.affiliate_id and af.company_id = c.company_id
                                        and af.category_id = ? and af.start_date <= ?
                                        and (af.end_date is null or af.end_date >= ?))
                        group by a.id, a.matricule, a.cin, a.last_name, a.first_name
                        order by a.matricule
                        """, companyId, period.firstDay(), period.lastMonth().atDay(1), categoryId, period.lastDay(),
                        period.firstDay())
                .fetch(r -> new PreviousLine(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), Money.of(r.get(4, BigDecimal.class)), 0, null));
    }

    @Override
    public List<DeclaredLine> lines(long declarationId) {
        return dsl.resultQuery(LINE + " where l.declaration_id = ? order by l.line_number", declarationId)
                .fetch(JooqDeclarationRepository::line);
    }

    @Override
    public Optional<DeclaredLine> line(long declarationId, int lineNumber) {
        return dsl.resultQuery(LINE + " where l.declaration_id = ? and l.line_number = ?", declarationId, lineNumber)
                .fetchOptional(JooqDeclarationRepository::line);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void insertLines(long declarationId, List<NewLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        int next = dsl.resultQuery("select coalesce(max(line_number), 0) from declaration_line where declaration_id = ?",
                declarationId).fetchOne(r -> r.get(0, Integer.class));
        List<Query> inserts = new ArrayList<>(lines.size());
        for (NewLine line : lines) {
            next++;
            inserts.add(dsl.query("""
                            insert into declaration_line (declaration_id, line_number, affiliate_id, cin, full_name, salary,
                                                          days_worked, entry_date, exit_date, employee_amount, employer_amount)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """, declarationId, next, line.affiliateId(), line.cin(), line.name(), line.salary().amount(),
                    (short) line.days(), line.entry(), line.exit(), line.employeeAmount().amount(),
                    line.employerAmount().amount()));
        }
        dsl.batch(inserts).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateLine(long declarationId, int lineNumber, NewLine line) {
        dsl.execute("""
                        update declaration_line set affiliate_id = ?, cin = ?, full_name = ?, salary = ?, days_worked = ?,
                               entry_date = ?, exit_date = ?, employee_amount = ?, employer_amount = ?
                        where declaration_id = ? and line_number = ?
                        """, line.affiliateId(), line.cin(), line.name(), line.salary().amount(), (short) line.days(),
                line.entry(), line.exit(), line.employeeAmount().amount(), line.employerAmount().amount(), declarationId,
                lineNumber);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteLine(long declarationId, int lineNumber) {
        return dsl.execute("delete from declaration_line where declaration_id = ? and line_number = ?", declarationId,
                lineNumber) > 0;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshTotals(long declarationId) {
        dsl.execute("""
                update declaration d set line_count = t.lines, total_salary = t.salary, total_employee = t.employee,
                       total_employer = t.employer
                from (select count(*) as lines, coalesce(sum(salary), 0) as salary,
                             coalesce(sum(employee_amount), 0) as employee, coalesce(sum(employer_amount), 0) as employer
                      from declaration_line where declaration_id = ?) as t
                where d.id = ?
                """, declarationId, declarationId);
    }

    @Override
    public Optional<KnownAffiliate> affiliateByMatricule(String matricule, long companyId) {
        return affiliate("a.matricule = ?", matricule, companyId);
    }

    @Override
    public Optional<KnownAffiliate> affiliateByCin(String cin, long companyId) {
        return affiliate("a.cin = ?", cin, companyId);
    }

    private Optional<KnownAffiliate> affiliate(String condition, String value, long companyId) {
        return dsl.resultQuery("""
                        select a.id, a.matricule, a.cin, a.last_name || ' ' || a.first_name,
                               exists (select 1 from affiliation af where af.affiliate_id = a.id),
                               exists (select 1 from affiliation af where af.affiliate_id = a.id and af.company_id = ?)
                        from affiliate a where\s""" + condition, companyId, value)
                .fetchOptional(r -> new KnownAffiliate(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, Boolean.class), r.get(5, Boolean.class)));
    }

    @Override
    public boolean hasLineFor(long declarationId, @Nullable Long affiliateId, @Nullable String cin, int exceptLine) {
        return dsl.resultQuery("""
                select exists (select 1 from declaration_line
                               where declaration_id = ? and line_number <> ?
                                 and (affiliate_id = ? or (affiliate_id is null and cin = ?)))
                """, declarationId, exceptLine, affiliateId, cin).fetchOne(r -> r.get(0, Boolean.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<DeclarationStatus> lock(long id) {
        return dsl.select(DECLARATION.STATUS).from(DECLARATION).where(DECLARATION.ID.eq(id)).forUpdate()
                .fetchOptional(DECLARATION.STATUS);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markFiled(long id, long filedBy, Instant filedAt, String requestReference) {
        dsl.update(DECLARATION)
                .set(DECLARATION.STATUS, DeclarationStatus.FILED)
                .set(DECLARATION.FILED_BY, filedBy)
                .set(DECLARATION.FILED_AT, OffsetDateTime.ofInstant(filedAt, ZoneOffset.UTC))
                .set(DECLARATION.REQUEST_ID, DSL.field("(select id from service_request where reference = {0})",
                        Long.class, DSL.val(requestReference)))
                .where(DECLARATION.ID.eq(id).and(DECLARATION.STATUS.eq(DeclarationStatus.DRAFT)))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void deleteDraft(long id) {
        dsl.execute("delete from declaration where id = ? and status = 'DRAFT'", id);
    }

    @Override
    public List<FlaggedLine> linesOfAnotherCompany(long declarationId, int limit) {
        return dsl.resultQuery("""
                        select l.line_number, a.matricule
                        from declaration_line l
                        join declaration d on d.id = l.declaration_id
                        join affiliate a on a.id = l.affiliate_id
                        where l.declaration_id = ? and l.entry_date is null
                          and exists (select 1 from affiliation af where af.affiliate_id = l.affiliate_id)
                          and not exists (select 1 from affiliation af
                                          where af.affiliate_id = l.affiliate_id and af.company_id = d.company_id)
                        order by l.line_number limit ?
                        """, declarationId, limit)
                .fetch(r -> new FlaggedLine(r.get(0, Integer.class), r.get(1, String.class)));
    }

    @Override
    public List<FlaggedLine> newcomersAlreadyKnown(long declarationId, int limit) {
        return dsl.resultQuery("""
                        select l.line_number, l.cin
                        from declaration_line l
                        join affiliate a on a.cin = l.cin
                        where l.declaration_id = ? and l.affiliate_id is null
                        order by l.line_number limit ?
                        """, declarationId, limit)
                .fetch(r -> new FlaggedLine(r.get(0, Integer.class), r.get(1, String.class)));
    }

    @Override
    public Map<String, Long> affiliateIds(Collection<String> matricules) {
        if (matricules.isEmpty()) {
            return Map.of();
        }
        return dsl.resultQuery("select matricule, id from affiliate where matricule = any(?)",
                        (Object) matricules.toArray(String[]::new))
                .fetch().stream().collect(Collectors.toMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)));
    }

    @Override
    public Optional<SentFile> file(long fileId, long companyId) {
        return dsl.resultQuery("select file_name, content from declaration_file where id = ? and company_id = ?",
                        fileId, companyId)
                .fetchOptional(r -> new SentFile(r.get(0, String.class), r.get(1, byte[].class)));
    }

    private static DeclarationSummary summary(Record r) {
        LocalDate first = r.get(5, LocalDate.class);
        DuePeriod period = "QUARTERLY".equals(r.get(6, String.class))
                ? DuePeriod.quarter(first.getYear(), (first.getMonthValue() - 1) / 3 + 1)
                : DuePeriod.month(YearMonth.from(first));
        OffsetDateTime filedAt = r.get(15, OffsetDateTime.class);
        return new DeclarationSummary(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class),
                r.get(3, String.class), r.get(4, String.class), period,
                DeclarationKind.valueOf(r.get(7, String.class)),
                DeclarationChannel.valueOf(r.get(8, String.class)),
                DeclarationStatus.valueOf(r.get(9, String.class)), r.get(10, Integer.class),
                Money.of(r.get(11, BigDecimal.class)), Money.of(r.get(12, BigDecimal.class)),
                Money.of(r.get(13, BigDecimal.class)), r.get(14, OffsetDateTime.class).toInstant(),
                filedAt == null ? null : filedAt.toInstant(), r.get(16, String.class), r.get(17, Long.class));
    }

    private static DeclaredLine line(Record r) {
        return new DeclaredLine(r.get(0, Integer.class), r.get(1, Long.class), r.get(2, String.class), r.get(3, String.class),
                r.get(4, String.class), Money.of(r.get(5, BigDecimal.class)), r.get(6, Integer.class),
                r.get(7, LocalDate.class), r.get(8, LocalDate.class), Money.of(r.get(9, BigDecimal.class)),
                Money.of(r.get(10, BigDecimal.class)));
    }
}
