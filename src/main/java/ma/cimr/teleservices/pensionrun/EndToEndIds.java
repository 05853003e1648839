package ma.cimr.teleservices.pensionrun;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end id of a pension transfer is the month it pays: N° DP and month
 * ({@code DP0001234-2026-12}), unique within a file since a month is paid once, and all a bank's
 * answer needs to find its pension_payment row again.
 */
final class EndToEndIds {

    private static final Pattern FORMAT = Pattern.compile("(DP[0-9]{7})-([0-9]{4}-[0-9]{2})");

    private EndToEndIds() {
    }

    static String of(String pensionFileNumber, LocalDate duePeriod) {
        return pensionFileNumber + "-" + YearMonth.from(duePeriod);
    }

    /** The pension and month an answer is about; empty for an id the run did not write. */
    static Optional<PaidMonth> parse(String endToEndId) {
        Matcher matcher = FORMAT.matcher(endToEndId);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PaidMonth(matcher.group(1), YearMonth.parse(matcher.group(2)).atDay(1)));
    }

    record PaidMonth(String pensionFileNumber, LocalDate duePeriod) {
    }
}
