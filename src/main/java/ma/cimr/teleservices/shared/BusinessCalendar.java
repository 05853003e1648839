package ma.cimr.teleservices.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Business-day arithmetic for the fund's service-level deadlines ("answered within N business
 * days of receipt").
 *
 * <p>The calendar is a plain value built from the list of public holidays so that deadline rules
 * can be unit-tested without a database, and so that a deadline computed today is not silently
 * changed by later edits to the holiday source: callers that need fresh holidays build a new
 * calendar. Moroccan religious holidays follow the lunar calendar and are only confirmed shortly
 * beforehand, which is why holidays are data and not rules.
 */
public final class BusinessCalendar {

    /**
     * Deadlines are counted in the fund's local time: a request submitted at 00:30 Monday in
     * Casablanca was received on Monday even though it is still Sunday in UTC. Morocco switches
     * between UTC+1 and UTC+0 around Ramadan, so the offset must come from the zone rules.
     */
    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private final Set<LocalDate> holidays;

    /**
     * @param holidays public holidays; the collection is copied so that later changes to it cannot
     *     move deadlines already promised with this calendar. Holidays that fall on a weekend are
     *     accepted and simply have no effect.
     */
    public BusinessCalendar(Collection<LocalDate> holidays) {
        this.holidays = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    }

    public boolean isBusinessDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day of receipt never counts towards a deadline, so for {@code n >= 1} this is the n-th
     * business day strictly after {@code start}: a request received on Friday with a one-day
     * deadline is due on Monday. {@code n == 0} means "the same day if the office is open", hence
     * {@code start} itself or, when it is closed, the next business day.
     *
     * @throws IllegalArgumentException if {@code n} is negative; deadlines never point backwards,
     *     so a negative value is a caller bug rather than a request to subtract.
     */
    public LocalDate plusBusinessDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        if (n == 0) {
            return isBusinessDay(start) ? start : plusBusinessDays(start, 1);
        }
        LocalDate day = start;
        int remaining = n;
        while (remaining > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    /**
     * Counts business days in the half-open interval {@code (from, to]}, the same convention as
     * {@link #plusBusinessDays}, so that {@code businessDaysBetween(d, plusBusinessDays(d, n)) == n}
     * for {@code n >= 1}. This lets callers report how many business days a request has been
     * pending, or how many remain before its deadline, consistently with how the deadline was set.
     * The result is signed (negative when {@code to} is before {@code from}) so that counts over
     * consecutive intervals can be added up.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Receipt timestamps are stored as instants, but the day of receipt is a local notion; it is
     * resolved in {@link #ZONE}, never in the JVM's default zone, so the result does not depend on
     * where the server runs.
     */
    public LocalDate dueDate(Instant receivedAt, int businessDays) {
        Objects.requireNonNull(receivedAt, "receivedAt");
        return plusBusinessDays(LocalDate.ofInstant(receivedAt, ZONE), businessDays);
    }
}
