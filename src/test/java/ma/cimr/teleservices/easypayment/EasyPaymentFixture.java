package ma.cimr.teleservices.easypayment;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * What the E@sypaiement tests share: Atlas Conserves' account (its demo declarations leave last
 * month half unpaid), a RIB with its key, the next business day, and the order as a draft.
 */
final class EasyPaymentFixture {

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

    static long accountId(DSLContext dsl, String login) {
        return ((Number) dsl.fetchValue("select id from user_account where login = ?", login)).longValue();
    }
}
