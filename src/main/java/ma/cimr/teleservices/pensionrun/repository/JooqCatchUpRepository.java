package ma.cimr.teleservices.pensionrun.repository;

import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.BankShare;
import ma.cimr.teleservices.pensionrun.repository.PensionRunRepository.TransferRow;
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

@Repository
class JooqCatchUpRepository implements CatchUpRepository {

    private final DSLContext dsl;

    JooqCatchUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CardHolder> cardHolder(String pensionFileNumber) {
        return dsl.fetchOptional("select id, pension_file_number, payment_mode = 'RAHATI_CARD' as card, "
                        + "rahati_card_activated_on from retiree where pension_file_number = ?", pensionFileNumber)
                .map(row -> new CardHolder(row.get(0, Long.class), row.get(1, String.class), row.get(2, Boolean.class),
                        row.get(3, LocalDate.class)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean activate(long retireeId, LocalDate activatedOn) {
        return dsl.execute("update retiree set rahati_card_activated_on = ? where id = ? "
                + "and payment_mode = 'RAHATI_CARD' and rahati_card_activated_on is null", activatedOn, retireeId) == 1;
    }

    @Override
    public List<Long> dueCatchUps(LocalDate month) {
        return dsl.fetch("""
                select r.id from retiree r
                where r.payment_mode = 'RAHATI_CARD' and r.rahati_card_activated_on is not null
                  and r.suspended_since is null and r.pension_start <= ?
                  and not exists (select 1 from pension_payment p where p.retiree_id = r.id)
                order by r.id
                """, month).getValues(0, Long.class);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockRetiree(long retireeId) {
        dsl.execute("select 1 from retiree where id = ? for no key update", retireeId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> openCatchUp(long retireeId, LocalDate month, LocalDate executionDate, Instant now) {
        Long id = dsl.fetchValue("""
                insert into pension_catch_up (retiree_id, activated_on, sent_at)
                select id, rahati_card_activated_on, ?::timestamptz from retiree where id = ? returning id
                """, now.atOffset(ZoneOffset.UTC), retireeId) instanceof Number n ? n.longValue() : null;
        if (id == null) {
            return Optional.empty(); // no such retiree: nothing to catch up
        }
        int months = dsl.execute("""
                insert into pension_payment (retiree_id, due_period, gross_amount, net_amount, paid_on, status,
                                             payment_mode, catch_up_id)
                select r.id, m::date, c.monthly_amount, c.monthly_amount - pension_tax(c.monthly_amount, extract(year from m)::int),
                       ?, 'PAID', 'RAHATI_CARD', ?
                from retiree r
                join pension_current_amount c on c.retiree_id = r.id
                cross join lateral generate_series(r.pension_start, ?::date, interval '1 month') as m
                where r.id = ?
                on conflict do nothing
                """, executionDate, id, month, retireeId);
        if (months == 0) {
            dsl.execute("delete from pension_catch_up where id = ?", id);
            return Optional.empty();
        }
        dsl.execute("""
                update pension_catch_up set months = ?,
                    net_total = (select sum(net_amount) from pension_payment where catch_up_id = ?)
                where id = ?
                """, months, id, id);
        return Optional.of(id);
    }

    @Override
    public BankShare share(long catchUpId, String rahatiBankCode) {
        Record row = dsl.fetchOne("select count(*), coalesce(sum(net_amount), 0) from pension_payment "
                + "where catch_up_id = ? and net_amount > 0", catchUpId);
        return new BankShare(rahatiBankCode, row.get(0, Integer.class), row.get(1, BigDecimal.class));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Stream<TransferRow> transfers(long catchUpId) {
        return dsl.resultQuery("""
                        select r.pension_file_number, p.due_period, p.net_amount, r.last_name, r.first_name, p.rib
                        from pension_payment p join retiree r on r.id = p.retiree_id
                        where p.catch_up_id = ? and p.net_amount > 0
                        order by p.due_period
                        """, catchUpId)
                .fetchStream().map(JooqPensionRunRepository::transfer);
    }

    @Override
    public Optional<Instant> firstRunStartedAt() {
        return Optional.ofNullable(dsl.fetchValue("select min(started_at) from pension_run") instanceof OffsetDateTime t
                ? t.toInstant() : null);
    }

    @Override
    public List<RunTiming> runTimings(LocalDate fromPeriod, LocalDate toPeriod) {
        return dsl.fetch("select due_period, completed_at from pension_run where due_period between ? and ? "
                        + "order by due_period", fromPeriod, toPeriod)
                .map(row -> new RunTiming(row.get(0, LocalDate.class), instant(row.get(1, OffsetDateTime.class))));
    }

    /**
     * The first file that carried a payment of the card after its activation: a catch-up's or a run's.
     * A card paid before the portal paid pensions (a month with neither run nor catch-up) is not one
     * the portal can measure.
     */
    @Override
    public List<Activation> activations(LocalDate from, LocalDate to, String rahatiBankCode) {
        return dsl.fetch("""
                        select r.rahati_card_activated_on,
                               (select min(f.sent_at) from pension_payment p
                                join pension_run_file f on f.catch_up_id = p.catch_up_id
                                    or (f.due_period = p.paid_in_run and f.bank_code = ?)
                                where p.retiree_id = r.id and p.payment_mode = 'RAHATI_CARD'
                                  and p.status in ('PAID', 'RETURNED')
                                  and f.sent_at >= r.rahati_card_activated_on) as first_sent
                        from retiree r
                        where r.payment_mode = 'RAHATI_CARD' and r.rahati_card_activated_on between ? and ?
                          and not exists (select 1 from pension_payment p where p.retiree_id = r.id
                                          and p.paid_in_run is null and p.catch_up_id is null)
                        order by r.rahati_card_activated_on
                        """, rahatiBankCode, from, to)
                .map(row -> new Activation(row.get(0, LocalDate.class), instant(row.get(1, OffsetDateTime.class))));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    @Override
    public Optional<PaidMonth> paidByItsRun(long retireeId, LocalDate month) {
        return dsl.fetchOptional("""
                select p.gross_amount, a.amount_before, r.completed_at
                from pension_payment p
                join pension_run r on r.due_period = p.paid_in_run and r.completed_at is not null
                left join pension_revaluation_applied a on a.retiree_id = p.retiree_id and a.due_period = p.due_period
                where p.retiree_id = ? and p.due_period = ? and p.paid_in_run = p.due_period""", retireeId, month)
                .map(row -> new PaidMonth(row.get(0, java.math.BigDecimal.class), row.get(1, java.math.BigDecimal.class),
                        row.get(2, java.time.OffsetDateTime.class).toInstant()));
    }
}
