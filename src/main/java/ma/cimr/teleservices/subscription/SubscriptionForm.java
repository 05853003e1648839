package ma.cimr.teleservices.subscription;

import org.jspecify.annotations.Nullable;

/**
 * The three parts of the subscription form as typed: the company (its adherent number and the
 * numbers the fund asks for), its head and its delegate. The password travels apart, never in a
 * record that could be printed or logged.
 */
public record SubscriptionForm(String adherentNumber, String rcNumber, String patenteNumber, @Nullable String website,
                               ContactPerson head, ContactPerson delegate) {

    /** The form with every field checked and tidied, or the translation key of the first field in error. */
    SubscriptionForm checked() {
        ContactPerson.require(SubscriptionRules.adherentNumber(adherentNumber));
        ContactPerson.require(SubscriptionRules.rcNumber(rcNumber));
        ContactPerson.require(SubscriptionRules.patenteNumber(patenteNumber));
        ContactPerson.require(SubscriptionRules.website(website));
        return new SubscriptionForm(adherentNumber.strip(), rcNumber.strip(), patenteNumber.strip(),
                ContactPerson.blankToNull(website), head.checked(false), delegate.checked(true));
    }
}
