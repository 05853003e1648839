package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.account.Enrolment;
import ma.cimr.teleservices.account.ChosenSecondFactor;
import ma.cimr.teleservices.account.Passkeys;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.util.List;

/**
 * "Sécurité du compte": affiliates and retirees are not obliged to use a second factor (DD021),
 * but may choose it here, and leave it again, each time with their password (and a code to leave);
 * or add passkeys instead (DD031).
 */
@Menu(title = "nav.security", order = 95)
@Route(value = "affiliate/security", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/security", layout = RetireeLayout.class)
@RolesAllowed({Roles.AFFILIATE, Roles.RETIREE})
class AccountSecurityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ChosenSecondFactor secondFactor;
    private final Passkeys passkeys;
    private final CurrentUser currentUser;

    AccountSecurityView(ChosenSecondFactor secondFactor, Passkeys passkeys, CurrentUser currentUser) {
        this.secondFactor = secondFactor;
        this.passkeys = passkeys;
        this.currentUser = currentUser;
        addClassName("account-security-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SpaceGuard.requireOwnSpace(event, currentUser).equals(event.getLocation().getFirstSegment())) {
            showStatus();
        }
    }

    private void showStatus() {
        removeAll();
        boolean on = secondFactor.isOn();
        var status = new Paragraph(getTranslation(on ? "account.secondFactor.on" : "account.secondFactor.off"));
        status.addClassName("second-factor-status");
        add(new H1(getTranslation("account.secondFactor.title")), new Paragraph(getTranslation("account.secondFactor.help")), status);
        var password = new PasswordField(getTranslation("password.confirmation.label"));
        password.addClassName("second-factor-password");
        if (on) {
            var code = codeField();
            var turnOff = new Button(getTranslation("account.secondFactor.turnOff"), click -> {
                if (Feedback.attempt(this, () -> secondFactor.turnOffMine(password.getValue(), code.getValue()))) {
                    Feedback.done(this, "account.secondFactor.turnedOff");
                    showStatus();
                }
            });
            turnOff.addClassName("second-factor-turn-off");
            add(password, code, turnOff);
        } else {
            var turnOn = new Button(getTranslation("account.secondFactor.turnOn"), click -> {
                try {
                    showEnrolment(secondFactor.beginMyEnrolment(password.getValue()));
                } catch (Refusal refusal) {
                    Feedback.refused(this, refusal);
                }
            });
            turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            turnOn.addClassName("second-factor-turn-on");
            add(password, turnOn);
        }
        // a passkey is the other factor (DD031): once added, the sign-in asks for one of them
        add(new PasskeysPanel(passkeys, () -> { }));
    }

    /** The same secret and address as at a staff member's first sign-in, then its first code. */
    private void showEnrolment(Enrolment enrolment) {
        removeAll();
        var secret = new Span(enrolment.secret());
        secret.addClassName("second-factor-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "1.2em");
        var uri = new Anchor();
        // our own otpauth address, built from our own secret: a scheme Vaadin does not know, on purpose
        uri.setUnsafeHref(enrolment.otpauthUri());
        uri.setText(getTranslation("login.secondFactor.enrol.link"));
        var uriText = new Paragraph(enrolment.otpauthUri());
        uriText.addClassName("second-factor-uri-text");
        var code = codeField();
        var confirm = new Button(getTranslation("login.secondFactor.enrol.submit"), click -> {
            try {
                showRecoveryCodes(secondFactor.confirmMyEnrolment(code.getValue()));
                Feedback.done(this, "account.secondFactor.turnedOn");
            } catch (Refusal refusal) {
                Feedback.refused(this, refusal);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("second-factor-confirm");
        var cancel = new Button(getTranslation("action.cancel"), click -> showStatus());
        add(new H1(getTranslation("login.secondFactor.enrol.heading")), new Paragraph(getTranslation("account.secondFactor.enrolHelp")),
                new Paragraph(new Span(getTranslation("login.secondFactor.enrol.secret") + " "), secret), uri, uriText,
                code, confirm, cancel);
    }

    /** Shown this once: the database keeps only their hashes. */
    private void showRecoveryCodes(List<String> codes) {
        removeAll();
        var shown = new UnorderedList();
        shown.addClassName("recovery-codes");
        codes.forEach(code -> shown.add(new ListItem(code)));
        var done = new Button(getTranslation("account.secondFactor.codesNoted"), click -> showStatus());
        done.addClassName("recovery-codes-continue");
        add(new H1(getTranslation("login.secondFactor.recoveryCodes.heading")),
                new Paragraph(getTranslation("login.secondFactor.recoveryCodes.help")), shown, done);
    }

    private TextField codeField() {
        var code = new TextField(getTranslation("login.secondFactor.code"));
        code.addClassName("second-factor-code");
        return code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.secondFactor.title");
    }
}
