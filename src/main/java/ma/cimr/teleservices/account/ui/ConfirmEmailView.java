package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.EmailChanges;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The link sent to a new e-mail address. Opening it is the proof; a button still asks for the
 * click, so a mail scanner that fetches links does not confirm an address on its own.
 */
@Route(value = "confirm-email", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmEmailView extends OneTimeLinkView {

    private final EmailChanges emailChanges;

    ConfirmEmailView(EmailChanges emailChanges) {
        super("email.confirm.title");
        this.emailChanges = emailChanges;
    }

    @Override
    protected void open(String token) {
        if (!emailChanges.linkIsValid(token)) {
            refuse("email.error.link");
            return;
        }
        var confirm = new Button(getTranslation("email.confirm.action"), click -> act(() -> emailChanges.confirm(token),
                address -> done("email-confirmed", getTranslation("email.confirm.done", address), signIn())));
        confirm.addClassName("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask("email.confirm.intro", confirm);
    }
}
