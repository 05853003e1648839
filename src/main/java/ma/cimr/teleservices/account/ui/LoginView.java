package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * One login form for every population. A failure always says the same thing, whether the login
 * exists or not, so the form cannot be used to find accounts.
 */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SignInStep {

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();

    LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        setAlignItems(Alignment.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgotPassword"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
        form.setI18n(i18n);
        form.setAction("login");
        // paths, not classes: the recovery, affiliate and subscription features own these pages
        form.addForgotPasswordListener(event -> event.getSource().getUI()
                .ifPresent(ui -> ui.navigate("forgot-password")));
        var forgotLogin = new Anchor("forgot-login", getTranslation("login.forgotLogin"));
        forgotLogin.addClassName("forgot-login-link");
        var enrol = new Anchor("enrol", getTranslation("login.enrol"));
        enrol.addClassName("enrol-link");
        var companySubscription = new Anchor("subscription", getTranslation("login.companySubscription"));
        companySubscription.addClassName("company-subscription-link");
        add(new H1(getTranslation("login.heading")), new Paragraph(getTranslation("login.help")), form, forgotLogin,
                enrol, companySubscription);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("my-space");
            return;
        }
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
