package ma.cimr.teleservices.account.recovery.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.account.recovery.PasswordResetLinks;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The link a user administrator received after their company's signed reset letter: they choose
 * the new password here; the fund's staff never know it. The link works once.
 */
@Route(value = "reset-password", layout = PublicLayout.class)
@AnonymousAllowed
class ResetPasswordView extends OneTimeLinkView {

    private final PasswordResetLinks links;

    ResetPasswordView(PasswordResetLinks links) {
        super("recovery.reset.title");
        this.links = links;
    }

    @Override
    protected void open(String token) {
        if (!links.linkIsValid(token)) {
            refuse(AccountService.LINK_REFUSED);
            return;
        }
        ask("recovery.reset.intro", new ChoosePasswordForm("recovery.password.reset", "reset-password",
                password -> links.choose(token, password, getLocale()),
                login -> done("recovery-done", getTranslation("recovery.password.done", login), signIn())));
    }
}
