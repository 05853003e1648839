package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The activation link a company user received: they choose their own password; nobody else
 * ever knows it. The link works once.
 */
@Route(value = "activate", layout = PublicLayout.class)
@AnonymousAllowed
class ActivateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;

    ActivateView(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        add(new H1(getTranslation("activation.title")));
        if (token.isBlank() || !accounts.activationLinkIsValid(token)) {
            add(new Paragraph(getTranslation("subscription.error.link")));
            return;
        }
        add(new Paragraph(getTranslation("activation.intro")), new ChoosePasswordForm("activation.activate", "activate",
                password -> accounts.activate(token, password), login -> {
                    removeAll();
                    var done = new Paragraph(getTranslation("activation.done", login));
                    done.addClassName("activation-done");
                    add(new H1(getTranslation("activation.title")), done, new Anchor("login", getTranslation("action.login")));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.title");
    }
}
