package ma.cimr.teleservices.subscription;

import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A person the subscription form names: the head of the company or the delegate. The delegate's
 * part has no landlines; phone numbers are kept as ten digits (0612345678).
 */
public record ContactPerson(@Nullable Civility civility, String lastName, String firstName, String function,
                            @Nullable String directPhone, @Nullable String landline1, @Nullable String landline2,
                            @Nullable String fax, @Nullable String gsm, @Nullable String email) {

    /**
     * The delegate's address: {@code checked(true)} requires it and the table keeps it not null
     * (the head's may be missing, so the field itself is optional).
     */
    public String delegateEmail() {
        if (email == null) {
            throw new IllegalStateException("a delegate without an e-mail address: checked(true) refuses one");
        }
        return email;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /**
     * The same person with every field checked and tidied; the first field in error is refused
     * with its translation key.
     *
     * @param emailRequired the delegate's e-mail is required (the account and the notices go there)
     */
    ContactPerson checked(boolean emailRequired) {
        require(SubscriptionRules.requiredText(lastName));
        require(SubscriptionRules.requiredText(firstName));
        require(SubscriptionRules.requiredText(function));
        if (emailRequired && SubscriptionRules.trim(email).isEmpty()) {
            throw new Refusal("validation.required");
        }
        require(SubscriptionRules.email(email));
        return new ContactPerson(civility, SubscriptionRules.trim(lastName), SubscriptionRules.trim(firstName),
                SubscriptionRules.trim(function), phone(directPhone, PhoneKind.ANY), phone(landline1, PhoneKind.LANDLINE),
                phone(landline2, PhoneKind.LANDLINE), phone(fax, PhoneKind.LANDLINE), phone(gsm, PhoneKind.MOBILE),
                blankToNull(email));
    }

    private static @Nullable String phone(@Nullable String value, PhoneKind kind) {
        if (SubscriptionRules.trim(value).isEmpty()) {
            return null;
        }
        return SubscriptionRules.nationalNumber(value, kind)
                .orElseThrow(() -> new Refusal(kind.errorKey()));
    }

    static void require(java.util.Optional<String> problem) {
        problem.ifPresent(key -> {
            throw new Refusal(key);
        });
    }

    static @Nullable String blankToNull(@Nullable String value) {
        String text = SubscriptionRules.trim(value);
        return text.isEmpty() ? null : text;
    }
}
