package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The activation link a company user received: they choose their own password; nobody else
 * ever knows it. The link works once.
 */
@Route(value = "activate", layout = PublicLayout.class)
@AnonymousAllowed
class ActivateView extends OneTimeLinkView {

    private final AccountService accounts;

    ActivateView(AccountService accounts) {
        super("activation.title");
        this.accounts = accounts;
    }

    @Override
    protected void open(String token) {
        if (!accounts.activationLinkIsValid(token)) {
            refuse(AccountService.LINK_REFUSED);
            return;
        }
        ask("activation.intro", new ChoosePasswordForm("activation.activate", "activate",
                password -> accounts.activate(token, password),
                login -> done("activation-done", getTranslation("activation.done", login), signIn())));
    }
}
