package ma.cimr.teleservices.retiree.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.retiree.RetireeEnrolments;
import ma.cimr.teleservices.shared.ui.ChoosePasswordForm;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

/** The retiree enrolment e-mail's link: the address is confirmed, the retiree chooses their password, then signs in with their N° DP. */
@Route(value = "enrol/retiree/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmRetireeEnrolmentView extends OneTimeLinkView {

    private final RetireeEnrolments enrolments;

    ConfirmRetireeEnrolmentView(RetireeEnrolments enrolments) {
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
                password -> enrolments.confirm(token, password),
                login -> done("enrolment-opened", getTranslation("retiree.enrolment.opened", login), signIn())));
    }
}
