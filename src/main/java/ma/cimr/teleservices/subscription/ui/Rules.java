package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

import java.util.Optional;
import java.util.function.Function;

/** A rule of {@code SubscriptionRules} as a Binder validator that says what is wrong in the user's language. */
final class Rules {

    private Rules() {
    }

    static Validator<String> of(Function<String, Optional<String>> rule, Function<String, String> translation) {
        return (value, context) -> rule.apply(value)
                .map(key -> ValidationResult.error(translation.apply(key)))
                .orElseGet(ValidationResult::ok);
    }
}
