package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.delegate.NewCompanyUser;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.shared.ui.Feedback;

/**
 * A new login for one téléservice. The delegate gives who and for what, the télédéclaration
 * settings and the secret questions; the user receives the activation link and chooses their
 * password. Every new login asks for the delegate's own password again, since a stolen session
 * would otherwise give itself a login at an address it reads; a login orders or validates
 * payments, never both (DD024).
 */
class NewUserDialog extends Dialog {

    NewUserDialog(DelegateService delegates, Runnable afterCreation) {
        setHeaderTitle(getTranslation("delegate.new.title"));
        var teleservice = new Select<Teleservice>();
        teleservice.setLabel(getTranslation("delegate.users.teleservice"));
        teleservice.setItems(Teleservice.values());
        teleservice.setItemLabelGenerator(t -> getTranslation("teleservice." + t));
        teleservice.setValue(Teleservice.COMPANY_ACCOUNT);
        teleservice.addClassName("new-user-teleservice");
        var login = new TextField(getTranslation("delegate.users.login"));
        login.setHelperText(getTranslation("delegate.new.loginHelp"));
        login.addClassName("new-user-login");
        var name = new TextField(getTranslation("delegate.users.name"));
        name.addClassName("new-user-name");
        var email = new EmailField(getTranslation("delegate.users.email"));
        email.addClassName("new-user-email");
        login.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        var orderer = new Checkbox(getTranslation("role.PAYMENT_ORDERER"));
        orderer.addClassName("new-user-orderer");
        var validator = new Checkbox(getTranslation("role.PAYMENT_VALIDATOR"));
        validator.addClassName("new-user-validator");
        var confirmation = new PasswordField(getTranslation("delegate.new.confirmPassword"));
        confirmation.addClassName("new-user-confirmation");
        confirmation.setRequiredIndicatorVisible(true);
        var declaration = new DeclarationFields(delegates.generalInformation().categories());
        var secretQuestions = new SecretQuestionFields();
        Runnable showFields = () -> {
            boolean payment = teleservice.getValue() == Teleservice.PAYMENT;
            orderer.setVisible(payment);
            validator.setVisible(payment);
            declaration.setVisible(teleservice.getValue() == Teleservice.DECLARATION);
        };
        // a generated login, unless the delegate typed their own
        login.setValue(delegates.suggestLogin(teleservice.getValue()));
        teleservice.addValueChangeListener(event -> {
            showFields.run();
            if (event.getOldValue() == null || login.getValue().isBlank()
                    || login.getValue().equals(delegates.suggestLogin(event.getOldValue()))) {
                login.setValue(delegates.suggestLogin(event.getValue()));
            }
        });
        // a login orders or validates, never both (DD024): ticking one unticks the other
        orderer.addValueChangeListener(event -> validator.setValue(validator.getValue() && !event.getValue()));
        validator.addValueChangeListener(event -> orderer.setValue(orderer.getValue() && !event.getValue()));
        showFields.run();

        var create = new Button(getTranslation("delegate.new.create"), click -> {
            boolean created = Feedback.attempt(this, () -> delegates.createUser(new NewCompanyUser(login.getValue(),
                    name.getValue(), email.getValue(), teleservice.getValue(), orderer.getValue(), validator.getValue(),
                    declaration.value(), secretQuestions.value()), confirmation.getValue(), getLocale()));
            if (created) {
                close();
                Feedback.done(this, "delegate.new.created", login.getValue(), email.getValue());
                afterCreation.run();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-user");
        add(new FormLayout(teleservice, login, name, email, orderer, validator, confirmation), declaration,
                new H3(getTranslation("delegate.secret.title")), secretQuestions);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("48rem");
    }
}
