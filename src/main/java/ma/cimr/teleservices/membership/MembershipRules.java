package ma.cimr.teleservices.membership;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.Ice;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import ma.cimr.teleservices.shared.value.RcNumber;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each field of the membership application accepts. Plain Java: the form's validators show
 * these messages field by field, and the service checks the same rules again before it stores
 * anything. Each check returns the translation key of what is wrong, or empty.
 */
public final class MembershipRules {

    public static final int MAX_TEXT = 100;
    public static final int MAX_LABEL = 60;
    public static final int MAX_CATEGORIES = 10;

    private static final Pattern PATENTE = Pattern.compile("[0-9]{8}");
    /** The identifiant fiscal: 8 digits, 7 for the oldest. */
    private static final Pattern TAX_IDENTIFIER = Pattern.compile("[0-9]{7,8}");
    private static final Pattern CNSS = Pattern.compile("[0-9]{7,9}");
    private static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z0-9]{2,6}");

    private MembershipRules() {
    }

    public static Optional<String> ice(@Nullable String value) {
        return refusalOf(() -> Ice.parse(value));
    }

    public static Optional<String> rcNumber(@Nullable String value) {
        return refusalOf(() -> RcNumber.parse(value));
    }

    public static Optional<String> patenteNumber(@Nullable String value) {
        return PATENTE.matcher(trim(value)).matches() ? Optional.empty() : Optional.of("membership.error.patente");
    }

    public static Optional<String> taxIdentifier(@Nullable String value) {
        return TAX_IDENTIFIER.matcher(trim(value)).matches() ? Optional.empty() : Optional.of("membership.error.taxIdentifier");
    }

    public static Optional<String> cnssNumber(@Nullable String value) {
        return CNSS.matcher(trim(value)).matches() ? Optional.empty() : Optional.of("membership.error.cnss");
    }

    public static Optional<String> requiredText(@Nullable String value) {
        return requiredText(value, MAX_TEXT);
    }

    public static Optional<String> label(@Nullable String value) {
        return requiredText(value, MAX_LABEL);
    }

    public static Optional<String> email(@Nullable String value) {
        return refusalOf(() -> EmailAddress.parse(value));
    }

    /** A Moroccan fixed or mobile number, written as people write them: "05 22 42 48 88", "+212 6 ...". */
    public static Optional<String> phone(@Nullable String value) {
        return dialled(value).isPresent() ? Optional.empty() : Optional.of("membership.error.phone");
    }

    public static Optional<String> categoryCode(@Nullable String value) {
        return CATEGORY_CODE.matcher(trim(value).toUpperCase(java.util.Locale.ROOT)).matches() ? Optional.empty()
                : Optional.of("membership.error.categoryCode");
    }

    public static Optional<String> headcount(@Nullable Integer value) {
        return value != null && value >= 1 && value <= 1_000_000 ? Optional.empty()
                : Optional.of("membership.error.headcount");
    }

    public static Optional<String> payroll(@Nullable BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(new BigDecimal("100000000000000")) < 0
                ? Optional.empty() : Optional.of("membership.error.payroll");
    }

    static Optional<String> dialled(@Nullable String value) {
        try {
            PhoneNumber number = PhoneNumber.parse(value);
            String dialled = number.dialled();
            return number.isMoroccan() && dialled.matches("0[5-7][0-9]{8}") ? Optional.of(dialled) : Optional.empty();
        } catch (Refusal refusal) {
            return Optional.empty();
        }
    }

    static Optional<String> requiredText(@Nullable String value, int max) {
        String text = trim(value);
        if (text.isEmpty()) {
            return Optional.of("validation.required");
        }
        return text.length() > max ? Optional.of("membership.error.tooLong") : Optional.empty();
    }

    /** The first problem's refusal, for the service's own check. */
    static void require(Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new Refusal(key);
        });
    }

    private static Optional<String> refusalOf(Runnable parse) {
        try {
            parse.run();
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.key());
        }
    }

    static String trim(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
