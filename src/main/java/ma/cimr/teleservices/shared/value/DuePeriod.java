package ma.cimr.teleservices.shared.value;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The échéance a declaration or a payment covers: a month ("2026-11") or a quarter ("2026-T4", T for
 * trimestre, as the fund's forms write it). Companies declare monthly or quarterly; both are one
 * type so a declaration's period is one field whatever its frequency.
 */
public record DuePeriod(int year, Frequency frequency, int number) implements Comparable<DuePeriod> {

    /** How many periods a year has. */
    public enum Frequency {
        MONTH(12), QUARTER(4);

        private final int perYear;

        Frequency(int perYear) {
            this.perYear = perYear;
        }

        int monthsEach() {
            return 12 / perYear;
        }
    }

    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-[Tt]([1-4])");

    public DuePeriod {
        if (frequency == null || year < 1900 || year > 2999 || number < 1 || number > frequency.perYear) {
            throw new Refusal("validation.duePeriod");
        }
    }

    public static DuePeriod month(YearMonth month) {
        return new DuePeriod(month.getYear(), Frequency.MONTH, month.getMonthValue());
    }

    public static DuePeriod quarter(int year, int quarter) {
        return new DuePeriod(year, Frequency.QUARTER, quarter);
    }

    /**
     * The month that starts on this day, as the monthly tables store it (their check constraints
     * keep the day at 1): any other day is refused rather than rounded to its month.
     */
    public static DuePeriod ofMonthStarting(LocalDate firstDay) {
        if (firstDay.getDayOfMonth() != 1) {
            throw new Refusal("validation.duePeriod");
        }
        return month(YearMonth.from(firstDay));
    }

    /** "2026-11" (a month) or "2026-T4" (a quarter), or a refusal. */
    public static DuePeriod parse(@Nullable String text) {
        String typed = text == null ? "" : text.strip();
        Matcher month = MONTH.matcher(typed);
        if (month.matches()) {
            return new DuePeriod(Integer.parseInt(month.group(1)), Frequency.MONTH, Integer.parseInt(month.group(2)));
        }
        Matcher quarter = QUARTER.matcher(typed);
        if (quarter.matches()) {
            return new DuePeriod(Integer.parseInt(quarter.group(1)), Frequency.QUARTER, Integer.parseInt(quarter.group(2)));
        }
        throw new Refusal("validation.duePeriod");
    }

    public DuePeriod next() {
        return number == frequency.perYear ? new DuePeriod(year + 1, frequency, 1)
                : new DuePeriod(year, frequency, number + 1);
    }

    public DuePeriod previous() {
        return number == 1 ? new DuePeriod(year - 1, frequency, frequency.perYear)
                : new DuePeriod(year, frequency, number - 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * frequency.monthsEach() + 1);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * frequency.monthsEach());
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** Earlier periods first; a month and the quarter it opens compare by their first day, months first. */
    @Override
    public int compareTo(DuePeriod other) {
        int byStart = firstDay().compareTo(other.firstDay());
        return byStart != 0 ? byStart : frequency.compareTo(other.frequency);
    }

    /** The text {@link #parse} reads back. */
    @Override
    public String toString() {
        return frequency == Frequency.MONTH ? String.format("%04d-%02d", year, number)
                : String.format("%04d-T%d", year, number);
    }
}
