package ma.cimr.teleservices.affiliate.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.affiliate.Enrolments;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/**
 * The enrolment e-mail's link: the address is confirmed, and the affiliate chooses their password
 * (the fund never sees it; at least 12 characters, not a common one). Then they log in with their
 * matricule. Links sent before the page was renamed still point at {@code subscribe/confirm}.
 */
@Route(value = "enrol/confirm", layout = PublicLayout.class)
@RouteAlias(value = "subscribe/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmEnrolmentView extends OneTimeLinkView {

    private final Enrolments enrolments;

    ConfirmEnrolmentView(Enrolments enrolments) {
        super("enrolment.confirm.title");
        this.enrolments = enrolments;
    }

    @Override
    protected void open(String token) {
        if (!enrolments.linkIsValid(token)) {
            refuse(AccountService.LINK_REFUSED);
            return;
        }
        ask("enrolment.confirm.intro", new ChoosePasswordForm("enrolment.open", "open-space",
                password -> enrolments.confirm(token, password, getLocale()),
                login -> done("enrolment-opened", getTranslation("enrolment.opened", login), signIn())));
    }
}
