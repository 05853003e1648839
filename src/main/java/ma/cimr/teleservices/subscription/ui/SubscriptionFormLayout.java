package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import ma.cimr.teleservices.security.PasswordPolicy;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.PageSection;
import ma.cimr.teleservices.subscription.Civility;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.ContactPerson;
import ma.cimr.teleservices.subscription.PhoneKind;
import ma.cimr.teleservices.subscription.SubscribingCompany;
import ma.cimr.teleservices.subscription.SubscriptionForm;
import ma.cimr.teleservices.subscription.SubscriptionRules;
import org.jspecify.annotations.Nullable;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The subscription form's three parts: the company, its head, its delegate with the password of
 * the user administrator. Starred fields are required; each field says what is wrong with it, in
 * the user's language, before anything is sent; the service checks it all again.
 */
class SubscriptionFormLayout extends VerticalLayout {

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    /** @param sent told the delegate's e-mail address once the form is stored and the link sent */
    SubscriptionFormLayout(SubscribingCompany company, CompanySubscriptions subscriptions, Consumer<String> sent) {
        setPadding(false);
        draft.rc = company.rcNumber() == null ? "" : company.rcNumber();
        draft.patente = company.patenteNumber() == null ? "" : company.patenteNumber();
        draft.website = company.website() == null ? "" : company.website();

        var adherentNumber = new TextField(getTranslation("delegateSubscription.field.adherentNumber"));
        adherentNumber.setValue(company.adherentNumber());
        adherentNumber.setReadOnly(true);
        var legalName = new TextField(getTranslation("delegateSubscription.field.legalName"));
        legalName.setValue(company.legalName());
        legalName.setReadOnly(true);
        var general = new FormLayout(adherentNumber, legalName,
                required("delegateSubscription.field.rc", "rc-number", SubscriptionRules::rcNumber, d -> d.rc, (d, v) -> d.rc = v),
                required("delegateSubscription.field.patente", "patente-number", SubscriptionRules::patenteNumber,
                        d -> d.patente, (d, v) -> d.patente = v),
                optional("delegateSubscription.field.website", "website", SubscriptionRules::website,
                        d -> d.website, (d, v) -> d.website = v));

        var head = new FormLayout(civility("head-civility", d -> d.headCivility, (d, v) -> d.headCivility = v),
                requiredText("delegateSubscription.field.lastName", "head-last-name", d -> d.headLastName, (d, v) -> d.headLastName = v),
                requiredText("delegateSubscription.field.firstName", "head-first-name", d -> d.headFirstName, (d, v) -> d.headFirstName = v),
                requiredText("delegateSubscription.field.function", "head-function", d -> d.headFunction, (d, v) -> d.headFunction = v),
                phone("delegateSubscription.field.directPhone", "head-direct-phone", PhoneKind.ANY, d -> d.headDirectPhone, (d, v) -> d.headDirectPhone = v),
                phone("delegateSubscription.field.landline1", "head-landline-1", PhoneKind.LANDLINE, d -> d.headLandline1, (d, v) -> d.headLandline1 = v),
                phone("delegateSubscription.field.landline2", "head-landline-2", PhoneKind.LANDLINE, d -> d.headLandline2, (d, v) -> d.headLandline2 = v),
                phone("delegateSubscription.field.fax", "head-fax", PhoneKind.LANDLINE, d -> d.headFax, (d, v) -> d.headFax = v),
                phone("delegateSubscription.field.gsm", "head-gsm", PhoneKind.MOBILE, d -> d.headGsm, (d, v) -> d.headGsm = v),
                email("head-email", false, d -> d.headEmail, (d, v) -> d.headEmail = v));

        var password = new PasswordField(getTranslation("delegateSubscription.field.password"));
        password.addClassName("delegate-password");
        password.setHelperText(getTranslation("delegateSubscription.passwordHint"));
        binder.forField(password).asRequired(getTranslation("validation.required"))
                .withValidator(Rules.of(value -> PasswordPolicy.problem(value, company.adherentNumber()), this::getTranslation))
                .bind(d -> d.password, (d, v) -> d.password = v);
        var passwordAgain = new PasswordField(getTranslation("delegateSubscription.field.passwordAgain"));
        passwordAgain.addClassName("delegate-password-again");
        binder.forField(passwordAgain).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value.equals(password.getValue()),
                        getTranslation("delegateSubscription.error.passwordMismatch"))
                .bind(d -> d.passwordAgain, (d, v) -> d.passwordAgain = v);
        var delegate = new FormLayout(civility("delegate-civility", d -> d.delegateCivility, (d, v) -> d.delegateCivility = v),
                requiredText("delegateSubscription.field.lastName", "delegate-last-name", d -> d.delegateLastName, (d, v) -> d.delegateLastName = v),
                requiredText("delegateSubscription.field.firstName", "delegate-first-name", d -> d.delegateFirstName, (d, v) -> d.delegateFirstName = v),
                requiredText("delegateSubscription.field.function", "delegate-function", d -> d.delegateFunction, (d, v) -> d.delegateFunction = v),
                phone("delegateSubscription.field.directPhone", "delegate-direct-phone", PhoneKind.ANY, d -> d.delegateDirectPhone, (d, v) -> d.delegateDirectPhone = v),
                phone("delegateSubscription.field.gsm", "delegate-gsm", PhoneKind.MOBILE, d -> d.delegateGsm, (d, v) -> d.delegateGsm = v),
                phone("delegateSubscription.field.fax", "delegate-fax", PhoneKind.LANDLINE, d -> d.delegateFax, (d, v) -> d.delegateFax = v),
                email("delegate-email", true, d -> d.delegateEmail, (d, v) -> d.delegateEmail = v),
                password, passwordAgain);
        binder.setBean(draft);

        var error = new Paragraph();
        error.addClassName("subscription-error");
        error.setVisible(false);
        var send = new Button(getTranslation("delegateSubscription.send"), click -> {
            error.setVisible(false);
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                subscriptions.apply(draft.toForm(company.adherentNumber()), draft.password, getLocale());
                sent.accept(draft.delegateEmail.strip());
            } catch (Refusal e) {
                error.setText(getTranslation(e.key(), e.arguments()));
                error.setVisible(true);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-company-subscription");
        add(new Paragraph(getTranslation("delegateSubscription.requiredNote")),
                new PageSection(getTranslation("delegateSubscription.section.general"), general),
                new PageSection(getTranslation("delegateSubscription.section.head"), head),
                new PageSection(getTranslation("delegateSubscription.section.delegate"),
                        new Paragraph(getTranslation("delegateSubscription.delegateNote")), delegate),
                error, send);
    }

    private TextField required(String labelKey, String className, Function<String, Optional<String>> rule,
                               ValueProvider<Draft, String> getter, Setter<Draft, String> setter) {
        var field = textField(labelKey, className);
        binder.forField(field).asRequired(getTranslation("validation.required"))
                .withValidator(Rules.of(rule, this::getTranslation)).bind(getter, setter);
        return field;
    }

    private TextField optional(String labelKey, String className, Function<String, Optional<String>> rule,
                               ValueProvider<Draft, String> getter, Setter<Draft, String> setter) {
        var field = textField(labelKey, className);
        binder.forField(field).withValidator(Rules.of(rule, this::getTranslation)).bind(getter, setter);
        return field;
    }

    private TextField requiredText(String labelKey, String className, ValueProvider<Draft, String> getter,
                                   Setter<Draft, String> setter) {
        TextField field = required(labelKey, className, SubscriptionRules::requiredText, getter, setter);
        field.setMaxLength(SubscriptionRules.MAX_TEXT);
        return field;
    }

    private TextField phone(String labelKey, String className, PhoneKind kind, ValueProvider<Draft, String> getter,
                            Setter<Draft, String> setter) {
        TextField field = optional(labelKey, className, value -> SubscriptionRules.phone(value, kind), getter, setter);
        field.setPlaceholder(kind == PhoneKind.MOBILE ? "06 12 34 56 78" : "05 22 12 34 56");
        return field;
    }

    private EmailField email(String className, boolean required, ValueProvider<Draft, String> getter,
                             Setter<Draft, String> setter) {
        var field = new EmailField(getTranslation("delegateSubscription.field.email"));
        field.addClassName(className);
        // the field's own check of the address speaks first: it must speak the user's language too
        field.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("validation.email")));
        var binding = binder.forField(field);
        if (required) {
            binding.asRequired(getTranslation("validation.required"));
        }
        binding.withValidator(Rules.of(SubscriptionRules::email, this::getTranslation)).bind(getter, setter);
        return field;
    }

    private Select<Civility> civility(String className, ValueProvider<Draft, Civility> getter,
                                      Setter<Draft, Civility> setter) {
        var field = new Select<Civility>();
        field.setLabel(getTranslation("delegateSubscription.field.civility"));
        field.setItems(Civility.values());
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(c -> c == null ? "" : getTranslation("delegateSubscription.civility." + c));
        field.addClassName(className);
        binder.forField(field).bind(getter, setter);
        return field;
    }

    private TextField textField(String labelKey, String className) {
        var field = new TextField(getTranslation(labelKey));
        field.addClassName(className);
        return field;
    }

    /** What the form holds while it is being filled in. */
    private static final class Draft {
        private String rc = "";
        private String patente = "";
        private String website = "";
        private @Nullable Civility headCivility;
        private String headLastName = "";
        private String headFirstName = "";
        private String headFunction = "";
        private String headDirectPhone = "";
        private String headLandline1 = "";
        private String headLandline2 = "";
        private String headFax = "";
        private String headGsm = "";
        private String headEmail = "";
        private @Nullable Civility delegateCivility;
        private String delegateLastName = "";
        private String delegateFirstName = "";
        private String delegateFunction = "";
        private String delegateDirectPhone = "";
        private String delegateGsm = "";
        private String delegateFax = "";
        private String delegateEmail = "";
        private String password = "";
        private String passwordAgain = "";

        SubscriptionForm toForm(String adherentNumber) {
            return new SubscriptionForm(adherentNumber, rc, patente, website,
                    new ContactPerson(headCivility, headLastName, headFirstName, headFunction, headDirectPhone,
                            headLandline1, headLandline2, headFax, headGsm, headEmail),
                    new ContactPerson(delegateCivility, delegateLastName, delegateFirstName, delegateFunction,
                            delegateDirectPhone, null, null, delegateFax, delegateGsm, delegateEmail));
        }
    }
}
