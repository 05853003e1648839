package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.button.Button;
import ma.cimr.teleservices.account.SecondFactorService;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * After a right password, for an account with an authenticator: a code from it, or one of the
 * recovery codes when the phone is lost (DD021); or, for an account with one, a passkey (DD031). A wrong code says no more than a wrong password.
 */
@Route(value = "second-factor", layout = PublicLayout.class)
@AnonymousAllowed
class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SignInStep {

    private final Paragraph error = new Paragraph();

    SecondFactorView(AuthenticationContext authentication, SecondFactorService secondFactor) {
        addClassName("second-factor-view");
        error.addClassName("second-factor-error");
        error.setText(getTranslation("login.secondFactor.error.code"));
        add(new H1(getTranslation("login.secondFactor.heading")), error);
        if (secondFactor.pendingSignInHasPasskey()) {
            add(new Paragraph(getTranslation("passkeys.signIn.help")), passkeyButton());
        }
        add(new Paragraph(getTranslation("login.secondFactor.help")),
                new CodeForm("second-factor", getTranslation("login.secondFactor.code"), getTranslation("login.secondFactor.submit")),
                new Paragraph(getTranslation("login.secondFactor.lost")), cancel(authentication));
    }

    /** The passkey instead of a code (DD031): the script posts the assertion and follows the answer. */
    private Button passkeyButton() {
        var use = new Button(getTranslation("passkeys.signIn.use"), click -> PasskeyScript.authenticate(this,
                next -> getUI().ifPresent(ui -> ui.getPage().setLocation(next)),
                failure -> getUI().ifPresent(ui -> ui.getPage().setLocation("second-factor?error"))));
        use.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        use.addClassName("second-factor-passkey");
        return use;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.secondFactor.title");
    }

    /** Another person at the keyboard, or no phone at hand: back to the login page, signed out. */
    private Button cancel(AuthenticationContext authentication) {
        var cancel = new Button(getTranslation("login.secondFactor.cancel"), click -> authentication.logout());
        cancel.addClassName("second-factor-cancel");
        return cancel;
    }
}
