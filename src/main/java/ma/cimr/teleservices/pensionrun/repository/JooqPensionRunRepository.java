package ma.cimr.teleservices.pensionrun.repository;

import ma.cimr.teleservices.jooq.tables.records.PensionRunRecord;
import ma.cimr.teleservices.pensionrun.PensionRunSummary;
import ma.cimr.teleservices.pensionrun.RunFile;
import ma.cimr.teleservices.pensionrun.RunStatus;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static ma.cimr.teleservices.jooq.Tables.PENSION_REVALUATION;
import static ma.cimr.teleservices.jooq.Tables.PENSION_RUN;
import static ma.cimr.teleservices.jooq.Tables.PENSION_RUN_FILE;

@Repository
class JooqPensionRunRepository implements PensionRunRepository {

    /**
     * The amount in payment of each retiree of the range, by the latest event (DD046): the latest July
     * revaluation's amount when it was applied after the pension's latest recorded revision (it was
     * then computed from the revised amount), else retiree.monthly_amount (the liquidated amount, or
     * the revision's, which sets it). Joins on the range, not sub-queries per retiree; the view
     * pension_current_amount says the same for one pension.
     */
    private static final String AMOUNTS = """
            select r.id, r.pension_start, r.payment_mode, r.rib, r.suspended_since, r.suspension_reason,
                   r.rahati_card_activated_on,
                   case when a.amount_after is not null and a.applied_at >= coalesce(v.recorded_at, '-infinity')
                        then a.amount_after else r.monthly_amount end as gross
            from retiree r
            left join (select distinct on (retiree_id) retiree_id, amount_after, applied_at
                       from pension_revaluation_applied
                       where retiree_id > ? and retiree_id <= ?
                       order by retiree_id, applies_from desc) a on a.retiree_id = r.id
            left join (select retiree_id, max(recorded_at) as recorded_at
                       from pension_revision
                       where recorded_at is not null and retiree_id > ? and retiree_id <= ?
                       group by retiree_id) v on v.retiree_id = r.id
            where r.id > ? and r.id <= ?
            """;

    /**
     * The illustrative tax scale of the month's year as ranges, so the tax of every row is one range
     * join with six brackets (the function pension_tax says the same for a single amount).
     */
    private static final String BRACKETS = """
            select b.lower_bound, lead(b.lower_bound) over (order by b.lower_bound) as upper_bound, b.rate, b.deduction
            from pension_tax_bracket b
            where b.applies_from = (select max(applies_from) from pension_tax_bracket where applies_from <= ?)
            """;

    private final DSLContext dsl;

    JooqPensionRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean open(LocalDate duePeriod, LocalDate executionDate, Instant now, String actor) {
        return dsl.insertInto(PENSION_RUN)
                .set(PENSION_RUN.DUE_PERIOD, duePeriod)
                .set(PENSION_RUN.STATUS, RunStatus.PAYING.name())
                .set(PENSION_RUN.EXECUTION_DATE, executionDate)
                .set(PENSION_RUN.STARTED_AT, now.atOffset(ZoneOffset.UTC))
                .set(PENSION_RUN.STARTED_BY, actor)
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RunState> lock(LocalDate duePeriod) {
        return dsl.selectFrom(PENSION_RUN).where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).forUpdate()
                .fetchOptional(run -> new RunState(run.getDuePeriod(), RunStatus.valueOf(run.getStatus()),
                        run.getExecutionDate(), run.getPaidUpTo(), run.getRevaluationRate()));
    }

    @Override
    public Optional<BigDecimal> revaluationRate(int year) {
        return dsl.select(PENSION_REVALUATION.RATE).from(PENSION_REVALUATION)
                .where(PENSION_REVALUATION.APPLIES_FROM.eq((short) year))
                .fetchOptional(PENSION_REVALUATION.RATE);
    }

    /** Pensions that started before the month: one liquidated on 1 July already has the year's values. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int revalue(LocalDate duePeriod, int year, BigDecimal rate, Instant appliedAt) {
        return dsl.execute("""
                insert into pension_revaluation_applied (retiree_id, applies_from, rate, amount_before, amount_after, due_period,
                                                         applied_at)
                select c.retiree_id, ?, ?, c.monthly_amount, round(c.monthly_amount * (1 + ? / 100.0), 2), ?, ?::timestamptz
                from pension_current_amount c
                join retiree r on r.id = c.retiree_id
                where r.pension_start < ?
                on conflict do nothing
                """, (short) year, rate, rate, duePeriod, appliedAt.atOffset(ZoneOffset.UTC), duePeriod);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setRevaluationRate(LocalDate duePeriod, BigDecimal rate) {
        dsl.update(PENSION_RUN).set(PENSION_RUN.REVALUATION_RATE, rate)
                .where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).execute();
    }

    @Override
    public Optional<Long> chunkEnd(long after, int size) {
        Long end = dsl.fetchOptional("select id from retiree where id > ? order by id offset ? limit 1", after, size - 1)
                .map(row -> row.get(0, Long.class))
                .orElseGet(() -> dsl.fetchValue("select max(id) from retiree where id > ?", after) instanceof Number n
                        ? n.longValue() : null);
        return Optional.ofNullable(end);
    }

    /**
     * One INSERT ... SELECT ... ON CONFLICT DO NOTHING for the range: the primary key (retiree,
     * month) is what makes a rerun, a resumed run or a second instance pay nobody twice.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int payMonth(LocalDate duePeriod, LocalDate executionDate, long from, long to, String rahatiBankCode) {
        return dsl.execute("with amounts as (" + AMOUNTS + "), brackets as (" + BRACKETS + ")"
                + """
                insert into pension_payment (retiree_id, due_period, gross_amount, net_amount, paid_on, status, reason,
                                             paid_in_run, payment_mode, rib)
                select a.id, ?, a.gross, a.gross - greatest(0, round(a.gross * b.rate / 100 - b.deduction, 2)),
                       case when a.suspended_since is null then ?::date end,
                       case when a.suspended_since is null then 'PAID' else 'SUSPENDED' end,
                       a.suspension_reason,
                       case when a.suspended_since is null then ?::date end,
                       a.payment_mode, a.rib
                from amounts a
                join brackets b on a.gross >= b.lower_bound and (b.upper_bound is null or a.gross < b.upper_bound)
                where a.pension_start <= ?
                  and (a.payment_mode = 'BANK_TRANSFER' or a.rahati_card_activated_on is not null)
                on conflict do nothing
                """, from, to, from, to, from, to, duePeriod.getYear(), duePeriod, executionDate, duePeriod, duePeriod);
    }

    /**
     * A pension liquidated after its start (the claim took months) has never been paid: its months
     * from the start to the one before the run's are paid by this run too. Only pensions started
     * in the last two years are looked at, so the rest of the fund costs nothing here.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int payBackMonths(LocalDate duePeriod, LocalDate executionDate, long from, long to) {
        return dsl.execute("with amounts as (" + AMOUNTS + "), brackets as (" + BRACKETS + ")"
                + """
                insert into pension_payment (retiree_id, due_period, gross_amount, net_amount, paid_on, status, reason,
                                             paid_in_run, payment_mode, rib)
                select a.id, m::date, a.gross, a.gross - greatest(0, round(a.gross * b.rate / 100 - b.deduction, 2)),
                       case when a.suspended_since is null then ?::date end,
                       case when a.suspended_since is null then 'PAID' else 'SUSPENDED' end,
                       a.suspension_reason,
                       case when a.suspended_since is null then ?::date end,
                       a.payment_mode, a.rib
                from amounts a
                join brackets b on a.gross >= b.lower_bound and (b.upper_bound is null or a.gross < b.upper_bound)
                cross join lateral generate_series(a.pension_start, ?::date - interval '1 month', interval '1 month') as m
                where a.pension_start < ? and a.pension_start >= ?::date - interval '24 months'
                  and (a.payment_mode = 'BANK_TRANSFER' or a.rahati_card_activated_on is not null)
                  and not exists (select 1 from pension_payment p where p.retiree_id = a.id and p.due_period < ?)
                on conflict do nothing
                """, from, to, from, to, from, to, duePeriod.getYear(), executionDate, duePeriod, duePeriod, duePeriod, duePeriod,
                duePeriod);
    }

    /**
     * The months of a pension no longer suspended that were left SUSPENDED, and those the bank
     * returned from an account the retiree has since changed: paid by this run, at the amounts of
     * their month.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int payArrears(LocalDate duePeriod, LocalDate executionDate, long from, long to) {
        return dsl.execute("""
                update pension_payment p
                set status = 'PAID', reason = null, paid_on = ?, paid_in_run = ?, payment_mode = r.payment_mode, rib = r.rib
                from retiree r
                where p.retiree_id = r.id and r.id > ? and r.id <= ? and p.retiree_id > ? and p.retiree_id <= ?
                  and p.due_period < ? and r.suspended_since is null
                  and (r.payment_mode = 'BANK_TRANSFER' or r.rahati_card_activated_on is not null)
                  and (p.status = 'SUSPENDED'
                       or (p.status = 'RETURNED' and p.payment_mode is not null
                           and (p.payment_mode, p.rib) is distinct from (r.payment_mode, r.rib)))
                """, executionDate, duePeriod, from, to, from, to, duePeriod);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(LocalDate duePeriod, long paidUpTo) {
        dsl.update(PENSION_RUN).set(PENSION_RUN.PAID_UP_TO, paidUpTo).setNull(PENSION_RUN.LAST_ERROR)
                .where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).execute();
    }

    @Override
    public Counts counts(LocalDate duePeriod) {
        Record row = dsl.fetchOne("""
                select count(*) filter (where p.due_period = ? and p.status <> 'SUSPENDED') as paid,
                       count(*) filter (where p.due_period = ? and p.status = 'SUSPENDED') as suspended,
                       count(*) filter (where p.due_period < ? and p.paid_in_run = ?) as arrears,
                       coalesce(sum(p.net_amount) filter (where p.paid_in_run = ?), 0) as net_total
                from pension_payment p
                where p.due_period = ? or p.paid_in_run = ?
                """, duePeriod, duePeriod, duePeriod, duePeriod, duePeriod, duePeriod, duePeriod);
        return new Counts(row.get("paid", Integer.class), row.get("suspended", Integer.class),
                row.get("arrears", Integer.class), row.get("net_total", BigDecimal.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void finishPaying(LocalDate duePeriod, Counts counts) {
        dsl.update(PENSION_RUN)
                .set(PENSION_RUN.STATUS, RunStatus.SENDING.name())
                .set(PENSION_RUN.PAID, counts.paid())
                .set(PENSION_RUN.SUSPENDED, counts.suspended())
                .set(PENSION_RUN.ARREARS, counts.arrears())
                .set(PENSION_RUN.NET_TOTAL, counts.netTotal())
                .where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(LocalDate duePeriod, String error) {
        dsl.update(PENSION_RUN).set(PENSION_RUN.LAST_ERROR, error.length() > 500 ? error.substring(0, 500) : error)
                .where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).execute();
    }

    private static final String BANK_OF_ROW = "coalesce(substr(p.rib, 1, 3), ?)";

    @Override
    public List<BankShare> unsentShares(LocalDate duePeriod, String rahatiBankCode) {
        return dsl.fetch("select s.* from (select " + BANK_OF_ROW + " as bank_code, count(*) as transfers, "
                        + "sum(p.net_amount) as control_sum from pension_payment p "
                        + "where p.paid_in_run = ? and p.status = 'PAID' and p.net_amount > 0 group by 1) s "
                        + "where not exists (select 1 from pension_run_file f where f.due_period = ? "
                        + "and f.bank_code = s.bank_code) order by 1",
                        rahatiBankCode, duePeriod, duePeriod)
                .map(row -> new BankShare(row.get("bank_code", String.class), row.get("transfers", Integer.class),
                        row.get("control_sum", BigDecimal.class)));
    }

    /**
     * A server-side cursor: 250 000 transfers pass through in pages, never all in memory. The bank is
     * a range of RIBs (their first three digits), so the run's index on (paid_in_run, rib) reads
     * that bank's rows only instead of the whole run's for each bank; the sort gets the memory of a
     * bank's share (DD046).
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Stream<TransferRow> transfers(LocalDate duePeriod, String bankCode, String rahatiBankCode) {
        String next = String.format("%03d", Integer.parseInt(bankCode) + 1);
        dsl.execute("set local work_mem = '64MB'");
        return dsl.resultQuery("""
                        select r.pension_file_number, p.due_period, p.net_amount, r.last_name, r.first_name, p.rib
                        from pension_payment p join retiree r on r.id = p.retiree_id
                        where p.paid_in_run = ? and p.status = 'PAID' and p.net_amount > 0
                          and ((p.rib >= ? and (p.rib < ? or ? = '1000')) or (p.rib is null and ?))
                        order by p.retiree_id, p.due_period
                        """, duePeriod, bankCode, next, next, bankCode.equals(rahatiBankCode))
                .fetchSize(10_000).fetchStream()
                .map(JooqPensionRunRepository::transfer);
    }

    static TransferRow transfer(Record row) {
        return new TransferRow(row.get(0, String.class), row.get(1, LocalDate.class), row.get(2, BigDecimal.class),
                row.get(3, String.class), row.get(4, String.class), row.get(5, String.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordFile(String messageId, @Nullable LocalDate duePeriod, @Nullable Long catchUpId, BankShare share,
                           Instant sentAt) {
        dsl.insertInto(PENSION_RUN_FILE)
                .set(PENSION_RUN_FILE.MESSAGE_ID, messageId)
                .set(PENSION_RUN_FILE.DUE_PERIOD, duePeriod)
                .set(PENSION_RUN_FILE.CATCH_UP_ID, catchUpId)
                .set(PENSION_RUN_FILE.BANK_CODE, share.bankCode())
                .set(PENSION_RUN_FILE.TRANSFERS, share.transfers())
                .set(PENSION_RUN_FILE.CONTROL_SUM, share.controlSum())
                .set(PENSION_RUN_FILE.SENT_AT, sentAt.atOffset(ZoneOffset.UTC))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(LocalDate duePeriod, Instant now) {
        dsl.update(PENSION_RUN)
                .set(PENSION_RUN.STATUS, RunStatus.COMPLETED.name())
                .set(PENSION_RUN.COMPLETED_AT, now.atOffset(ZoneOffset.UTC))
                .setNull(PENSION_RUN.LAST_ERROR)
                .where(PENSION_RUN.DUE_PERIOD.eq(duePeriod)).execute();
    }

    @Override
    public List<PensionRunSummary> runs() {
        return dsl.selectFrom(PENSION_RUN).orderBy(PENSION_RUN.DUE_PERIOD.desc()).fetch(JooqPensionRunRepository::summary);
    }

    @Override
    public Optional<PensionRunSummary> run(LocalDate duePeriod) {
        return dsl.selectFrom(PENSION_RUN).where(PENSION_RUN.DUE_PERIOD.eq(duePeriod))
                .fetchOptional(JooqPensionRunRepository::summary);
    }

    @Override
    public List<RunFile> files(LocalDate duePeriod) {
        return dsl.selectFrom(PENSION_RUN_FILE).where(PENSION_RUN_FILE.DUE_PERIOD.eq(duePeriod))
                .orderBy(PENSION_RUN_FILE.BANK_CODE)
                .fetch(file -> new RunFile(file.getMessageId(), file.getBankCode(), file.getTransfers(),
                        file.getControlSum(), file.getSentAt().toInstant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markReturned(String pensionFileNumber, LocalDate duePeriod, @Nullable String reason) {
        return dsl.execute("""
                update pension_payment p set status = 'RETURNED', reason = ?
                from retiree r
                where p.retiree_id = r.id and r.pension_file_number = ? and p.due_period = ? and p.status = 'PAID'
                """, reason, pensionFileNumber, duePeriod) == 1;
    }

    private static PensionRunSummary summary(PensionRunRecord run) {
        return new PensionRunSummary(run.getDuePeriod(), RunStatus.valueOf(run.getStatus()), run.getExecutionDate(),
                run.getStartedAt().toInstant(), run.getStartedBy(), run.getPaidUpTo(), run.getRevaluationRate(),
                run.getPaid(), run.getSuspended(), run.getArrears(), run.getNetTotal(), instant(run.getCompletedAt()),
                run.getLastError());
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
