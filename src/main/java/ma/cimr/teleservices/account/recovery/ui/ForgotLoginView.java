package ma.cimr.teleservices.account.recovery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.recovery.LoginReminders;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * A forgotten login: the logins of a confirmed address go to that address. The page says the same
 * whether the address has logins or not.
 */
@Route(value = "forgot-login", layout = PublicLayout.class)
@AnonymousAllowed
class ForgotLoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginReminders reminders;

    ForgotLoginView(LoginReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var email = new EmailField(getTranslation("recovery.login.email"));
        email.addClassName("recovery-email");
        var send = new Button(getTranslation("recovery.login.send"), click -> {
            try {
                reminders.remind(email.getValue(), getLocale());
            } catch (Refusal e) {
                email.setInvalid(true);
                email.setErrorMessage(getTranslation(e.key(), e.arguments()));
                return;
            }
            removeAll();
            var sent = new Paragraph(getTranslation("recovery.login.sent"));
            sent.addClassName("recovery-logins-sent");
            add(new H1(getTranslation("recovery.login.title")), sent,
                    new Paragraph(getTranslation("recovery.login.companyUsers")),
                    new Anchor("login", getTranslation("action.login")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-logins");
        add(new H1(getTranslation("recovery.login.title")), new Paragraph(getTranslation("recovery.login.intro")),
                email, send, new Paragraph(getTranslation("recovery.login.companyUsers")),
                new Anchor("forgot-password", getTranslation("login.forgotPassword")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.login.title");
    }
}
