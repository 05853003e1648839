package ma.cimr.teleservices.account.recovery.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.recovery.PasswordResetLinks;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The link a user administrator received after their company's signed reset letter: they choose
 * the new password here; the fund's staff never know it. The link works once.
 */
@Route(value = "reset-password", layout = PublicLayout.class)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetLinks links;

    ResetPasswordView(PasswordResetLinks links) {
        this.links = links;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        add(new H1(getTranslation("recovery.reset.title")));
        if (token.isBlank() || !links.linkIsValid(token)) {
            add(new Paragraph(getTranslation("subscription.error.link")));
            return;
        }
        add(new Paragraph(getTranslation("recovery.reset.intro")), new ChoosePasswordForm("recovery.password.reset",
                "reset-password", password -> links.choose(token, password, getLocale()), login -> {
                    removeAll();
                    var done = new Paragraph(getTranslation("recovery.password.done", login));
                    done.addClassName("recovery-done");
                    add(new H1(getTranslation("recovery.reset.title")), done, new Anchor("login", getTranslation("action.login")));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.reset.title");
    }
}
