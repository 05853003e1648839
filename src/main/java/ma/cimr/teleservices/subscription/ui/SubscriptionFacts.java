package ma.cimr.teleservices.subscription.ui;

import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Facts;
import ma.cimr.teleservices.subscription.ContactPerson;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionRules;

import java.util.Locale;
import java.util.function.Function;

/** A subscription's parts as label and value, the same for the applicant and for staff. */
public final class SubscriptionFacts {

    private SubscriptionFacts() {
    }

    public static Facts summary(Subscription subscription, Locale locale, Function<String, String> t) {
        Facts facts = new Facts()
                .add(t.apply("delegateSubscription.reference"), subscription.reference())
                .add(t.apply("delegateSubscription.field.legalName"), subscription.legalName())
                .add(t.apply("delegateSubscription.field.adherentNumber"), subscription.adherentNumber())
                .add(t.apply("delegateSubscription.appliedAt"), Formats.dateTime(subscription.appliedAt(), locale))
                .add(t.apply("delegateSubscription.formReceivedAt"), Formats.dateTime(subscription.formReceivedAt(), locale))
                .add(t.apply("delegateSubscription.decidedAt"), Formats.dateTime(subscription.decidedAt(), locale));
        if (subscription.requestReference() != null) {
            facts.add(t.apply("delegateSubscription.requestReference"), subscription.requestReference());
        }
        facts.addClassName("subscription-summary");
        return facts;
    }

    public static Facts general(Subscription subscription, Function<String, String> t) {
        return new Facts()
                .add(t.apply("delegateSubscription.field.rc"), subscription.rcNumber())
                .add(t.apply("delegateSubscription.field.patente"), subscription.patenteNumber())
                .add(t.apply("delegateSubscription.field.website"), subscription.website());
    }

    public static Facts person(ContactPerson person, Function<String, String> t) {
        Facts facts = new Facts()
                .add(t.apply("delegateSubscription.field.civility"),
                        person.civility() == null ? null : t.apply("delegateSubscription.civility." + person.civility()))
                .add(t.apply("delegateSubscription.field.lastName"), person.lastName())
                .add(t.apply("delegateSubscription.field.firstName"), person.firstName())
                .add(t.apply("delegateSubscription.field.function"), person.function())
                .addLeftToRight(t.apply("delegateSubscription.field.directPhone"), SubscriptionRules.displayed(person.directPhone()));
        if (person.landline1() != null || person.landline2() != null) {
            facts.addLeftToRight(t.apply("delegateSubscription.field.landline1"), SubscriptionRules.displayed(person.landline1()))
                    .addLeftToRight(t.apply("delegateSubscription.field.landline2"), SubscriptionRules.displayed(person.landline2()));
        }
        return facts.addLeftToRight(t.apply("delegateSubscription.field.fax"), SubscriptionRules.displayed(person.fax()))
                .addLeftToRight(t.apply("delegateSubscription.field.gsm"), SubscriptionRules.displayed(person.gsm()))
                .add(t.apply("delegateSubscription.field.email"), person.email());
    }
}
