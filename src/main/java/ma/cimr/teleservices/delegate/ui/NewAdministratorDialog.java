package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.delegate.NewAdministrator;
import ma.cimr.teleservices.shared.ui.Feedback;

/**
 * Another user administrator for the company (a successor or a deputy), so that the company is
 * not locked out the day its administrator leaves. Confirmed by the delegate's own password.
 */
class NewAdministratorDialog extends Dialog {

    NewAdministratorDialog(DelegateService delegates, Runnable afterCreation) {
        setHeaderTitle(getTranslation("delegate.administrator.title"));
        var login = new TextField(getTranslation("delegate.users.login"));
        login.setHelperText(getTranslation("delegate.administrator.loginHelp"));
        login.addClassName("new-administrator-login");
        var name = new TextField(getTranslation("delegate.users.name"));
        name.addClassName("new-administrator-name");
        var email = new EmailField(getTranslation("delegate.users.email"));
        email.addClassName("new-administrator-email");
        var confirmation = new PasswordField(getTranslation("delegate.administrator.confirmPassword"));
        confirmation.addClassName("new-administrator-confirmation");
        // all four are needed: the service refuses the creation without any of them
        login.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        confirmation.setRequiredIndicatorVisible(true);
        var create = new Button(getTranslation("delegate.new.create"), click -> {
            boolean created = Feedback.attempt(this, () -> delegates.createAdministrator(
                    new NewAdministrator(login.getValue(), name.getValue(), email.getValue()),
                    confirmation.getValue(), getLocale()));
            if (created) {
                close();
                Feedback.done(this, "delegate.new.created", login.getValue(), email.getValue());
                afterCreation.run();
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("create-administrator");
        add(new Paragraph(getTranslation("delegate.administrator.intro")),
                new FormLayout(login, name, email, confirmation));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("40rem");
    }
}
