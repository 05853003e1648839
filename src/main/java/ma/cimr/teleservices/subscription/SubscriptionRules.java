package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What each field of the subscription form accepts. Plain Java: the form's validators show these
 * messages field by field, and the service checks the same rules again before it stores anything.
 * Each check returns the translation key of what is wrong, or empty.
 */
public final class SubscriptionRules {

    public static final int MAX_TEXT = 100;
    public static final int MAX_WEBSITE = 200;

    /** The company table's own checks: RC 1 to 7 digits, patente 8 digits. */
    private static final Pattern RC_NUMBER = Pattern.compile("[0-9]{1,7}");
    private static final Pattern PATENTE_NUMBER = Pattern.compile("[0-9]{8}");
    private static final Pattern WEBSITE = Pattern.compile(
            "(?i)(https?://)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}(?::[0-9]{1,5})?(?:/\\S*)?");

    private SubscriptionRules() {
    }

    public static Optional<String> adherentNumber(@Nullable String value) {
        return refusalOf(() -> AdherentNumber.parse(value));
    }

    public static Optional<String> rcNumber(@Nullable String value) {
        return RC_NUMBER.matcher(trim(value)).matches() ? Optional.empty() : Optional.of("delegateSubscription.error.rc");
    }

    public static Optional<String> patenteNumber(@Nullable String value) {
        return PATENTE_NUMBER.matcher(trim(value)).matches() ? Optional.empty()
                : Optional.of("delegateSubscription.error.patente");
    }

    /** Optional: blank is fine; otherwise an address such as www.example.ma or https://example.ma/contact. */
    public static Optional<String> website(@Nullable String value) {
        String site = trim(value);
        return site.isEmpty() || (site.length() <= MAX_WEBSITE && WEBSITE.matcher(site).matches()) ? Optional.empty()
                : Optional.of("delegateSubscription.error.website");
    }

    /** A required name, function...: not blank, not longer than a form line. */
    public static Optional<String> requiredText(@Nullable String value) {
        String text = trim(value);
        if (text.isEmpty()) {
            return Optional.of("validation.required");
        }
        return text.length() > MAX_TEXT ? Optional.of("delegateSubscription.error.tooLong") : Optional.empty();
    }

    /** Optional e-mail: blank is fine, otherwise an address the portal can deliver to. */
    public static Optional<String> email(@Nullable String value) {
        if (trim(value).isEmpty()) {
            return Optional.empty();
        }
        return refusalOf(() -> EmailAddress.parse(value));
    }

    /** Optional phone number: blank is fine, otherwise a Moroccan number of this kind. */
    public static Optional<String> phone(@Nullable String value, PhoneKind kind) {
        if (trim(value).isEmpty()) {
            return Optional.empty();
        }
        return nationalNumber(value, kind).isPresent() ? Optional.empty() : Optional.of(kind.errorKey());
    }

    /**
     * A Moroccan number as ten digits, 0 first: "06 12 34 56 78", "06.12.34.56.78" and
     * "+212 6 12 34 56 78" are all 0612345678 ({@link PhoneNumber} reads them). Empty when it is not
     * a Moroccan number of this kind.
     */
    public static Optional<String> nationalNumber(@Nullable String value, PhoneKind kind) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(value);
        } catch (Refusal refusal) {
            return Optional.empty();
        }
        String national = number.dialled();
        return number.isMoroccan() && kind.accepts(national.charAt(1)) ? Optional.of(national) : Optional.empty();
    }

    /** Ten digits written in pairs, as Moroccan numbers are read: 05 22 42 48 88. */
    public static String displayed(@Nullable String nationalNumber) {
        if (nationalNumber == null || nationalNumber.isBlank()) {
            return "";
        }
        try {
            return PhoneNumber.parse(nationalNumber).displayed();
        } catch (Refusal refusal) {
            return nationalNumber;
        }
    }

    /** The key of the refusal the value's record throws, or empty when it reads the text. */
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
