package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import ma.cimr.teleservices.account.Passkeys;
import ma.cimr.teleservices.account.SecondFactorService;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.account.SecondFactorStep;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * First sign-in of an account that needs a second factor, or the sign-in after a recovery code:
 * the secret to put into an authenticator application (as text, and as the {@code otpauth://}
 * address a phone opens), then a first code to prove it got there (DD021).
 */
@Route(value = "second-factor/enrol", layout = PublicLayout.class)
@AnonymousAllowed
class SecondFactorEnrolView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, SignInStep {

    private final SecondFactorService secondFactor;
    private final AuthenticationContext authentication;

    SecondFactorEnrolView(SecondFactorService secondFactor, AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.authentication = authentication;
        addClassName("second-factor-enrol-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SecondFactorStep step = secondFactor.nextStep();
        if (step != SecondFactorStep.ENROL) {
            // nothing to enrol in this session: a code to type, or a space (the login page for a visitor)
            event.forwardTo(step == SecondFactorStep.CODE ? "second-factor" : "my-space");
            return;
        }
        var enrolment = secondFactor.beginEnrolment();
        var secret = new Span(enrolment.secret());
        secret.addClassName("second-factor-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.2em");
        var uri = new Anchor();
        // our own otpauth address, built from our own secret: a scheme Vaadin does not know, on purpose
        uri.setUnsafeHref(enrolment.otpauthUri());
        uri.setText(getTranslation("login.secondFactor.enrol.link"));
        uri.addClassName("second-factor-uri");
        var uriText = new Paragraph(enrolment.otpauthUri());
        uriText.addClassName("second-factor-uri-text");
        var error = new Paragraph(getTranslation("login.secondFactor.error.code"));
        error.addClassName("second-factor-error");
        error.setVisible(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
        add(new H1(getTranslation("login.secondFactor.enrol.heading")), passkeyEnrolment(),
                new H2(getTranslation("passkeys.enrol.totp")), new Paragraph(getTranslation("login.secondFactor.enrol.help")),
                new Paragraph(new Span(getTranslation("login.secondFactor.enrol.secret") + " "), secret), uri, uriText, error,
                new CodeForm("second-factor/enrol", getTranslation("login.secondFactor.enrol.code"),
                        getTranslation("login.secondFactor.enrol.submit")), cancel(authentication));
    }

    /**
     * A passkey instead of an authenticator application (DD031): created here, it completes the
     * sign-in as a first code does, and the recovery codes follow.
     */
    private Div passkeyEnrolment() {
        var label = new TextField(getTranslation("passkeys.label"));
        label.addClassName("passkeys-label");
        label.setMaxLength(Passkeys.MAX_LABEL_LENGTH);
        label.setValue(getTranslation("passkeys.label.default"));
        var create = new Button(getTranslation("passkeys.enrol.create"), click -> {
            if (label.getValue().isBlank()) {
                Feedback.problem(this, "passkeys.error.label", Passkeys.MAX_LABEL_LENGTH);
                return;
            }
            PasskeyScript.register(this, label.getValue().strip(),
                    next -> getUI().ifPresent(ui -> ui.getPage().setLocation(next)),
                    failure -> Feedback.problem(this, "passkeys.error.browser"));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("passkeys-enrol");
        var section = new Div(new H2(getTranslation("passkeys.enrol.heading")), new Paragraph(getTranslation("passkeys.enrol.help")),
                label, create);
        section.addClassName("passkeys-enrolment");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.secondFactor.enrol.title");
    }

    /** Another person at the keyboard, or no phone at hand: back to the login page, signed out. */
    private Button cancel(AuthenticationContext authentication) {
        var cancel = new Button(getTranslation("login.secondFactor.cancel"), click -> authentication.logout());
        cancel.addClassName("second-factor-cancel");
        return cancel;
    }
}
