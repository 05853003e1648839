package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the E@sypaiement tests share: Atlas Conserves' last month declared (the demo pays half of
 * it, demo-data-companyaccount.sql; the declaration tests need it undeclared in the demo, so each
 * test declares it and takes it back), a RIB with its key, the next business day, and the order as
 * a draft.
 */
public final class EasyPaymentFixture {

    /** Atlas Conserves' account at the Banque Populaire (bank 190), with its key. */
    static final Rib ATLAS_RIB = Rib.withKey("1907801234567890123456");

    private EasyPaymentFixture() {
    }

    static LocalDate nextBusinessDay(HolidayService holidays, Clock clock) {
        BusinessCalendar calendar = holidays.calendar();
        LocalDate day = LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE).plusDays(1);
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Every payable period at the most it may be paid. */
    static OrderDraft everythingPayable(List<PayableDue> dues, LocalDate day) {
        return new OrderDraft(dues.stream().map(due -> new OrderLine(due.period(), due.payable())).toList(),
                ATLAS_RIB.value(), day);
    }

    /**
     * Atlas's last month declared in both categories (processed, with the totals of the
     * contributions on record), as a télédéclaration would leave it. Returns the rows' ids.
     */
    public static List<Long> declareAtlasLastMonth(DSLContext dsl) {
        return dsl.fetch("""
                insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status,
                                         created_by, created_at, filed_by, filed_at, processed_at, line_count,
                                         total_salary, total_employee, total_employer)
                select c.id, cc.id, m.period, 'MONTHLY', 'ORIGINAL', 'FORM', 'PROCESSED', u.id, now() - interval '2 days',
                       u.id, now() - interval '2 days', now() - interval '1 day', k.lines, k.salary, k.employee, k.employer
                from company c
                join user_account u on u.login = 'atlas.declaration'
                join contribution_category cc on cc.company_id = c.id
                cross join (select (date_trunc('month', current_date) - interval '1 month')::date as period) as m
                cross join lateral (select count(*)::int as lines, coalesce(sum(x.declared_salary), 0) as salary,
                                           coalesce(sum(x.employee_amount), 0) as employee,
                                           coalesce(sum(x.employer_amount), 0) as employer
                                    from contribution x
                                    join affiliation af on af.affiliate_id = x.affiliate_id and af.company_id = x.company_id
                                         and af.category_id = cc.id and x.due_period between af.start_date
                                         and coalesce(af.end_date, x.due_period)
                                    where x.company_id = c.id and x.due_period = m.period) as k
                where c.adherent_number = '100234' and k.lines > 0
                  and not exists (select 1 from declaration d where d.company_id = c.id and d.category_id = cc.id
                                  and d.due_period = m.period and d.kind = 'ORIGINAL' and d.status <> 'CANCELLED')
                returning id""").map(row -> ((Number) row.get(0)).longValue());
    }

    public static void removeDeclarations(DSLContext dsl, List<Long> ids) {
        ids.forEach(id -> dsl.execute("delete from declaration where id = ?", id));
    }

    static long accountId(DSLContext dsl, String login) {
        return ((Number) dsl.fetchValue("select id from user_account where login = ?", login)).longValue();
    }
}
