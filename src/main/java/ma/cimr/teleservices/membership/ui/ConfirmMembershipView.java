package ma.cimr.teleservices.membership.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.membership.StatusAccess;
import ma.cimr.teleservices.membership.Teleadhesion;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;

import java.util.Map;

/**
 * The link e-mailed to the address an application gave: opening it proves the address is the
 * applicant's and submits the application at once; the charter's clock starts. The page leads to
 * the status page.
 */
@Route(value = "membership/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmMembershipView extends OneTimeLinkView {

    private final Teleadhesion teleadhesion;

    ConfirmMembershipView(Teleadhesion teleadhesion) {
        super("membership.confirm.title");
        this.teleadhesion = teleadhesion;
    }

    @Override
    protected void open(String token) {
        act(() -> teleadhesion.confirmEmail(token), this::submitted);
    }

    private void submitted(StatusAccess access) {
        String statusPage = "membership/status?" + QueryParameters.simple(
                Map.of("token", access.key(), "ref", access.reference())).getQueryString();
        var status = new Anchor(statusPage, getTranslation("membership.confirm.follow"));
        status.addClassName("membership-status-link");
        done("membership-confirmed", getTranslation("membership.confirm.done", access.reference()),
                new Paragraph(getTranslation("membership.nextSteps")), status);
    }
}
