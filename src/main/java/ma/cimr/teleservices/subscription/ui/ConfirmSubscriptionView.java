package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shared.ui.OneTimeLinkView;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.StatusAccess;

import java.util.Map;

/**
 * The link e-mailed to the delegate named in a company's subscription: opening it proves the
 * address is theirs, and the subscription is submitted at once. The page leads to the status page,
 * where the form is downloaded.
 */
@Route(value = "subscription/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmSubscriptionView extends OneTimeLinkView {

    private final CompanySubscriptions subscriptions;

    ConfirmSubscriptionView(CompanySubscriptions subscriptions) {
        super("delegateSubscription.confirm.title");
        this.subscriptions = subscriptions;
    }

    @Override
    protected void open(String token) {
        act(() -> subscriptions.confirmEmail(token), this::submitted);
    }

    private void submitted(StatusAccess access) {
        String statusPage = "subscription/status?" + QueryParameters.simple(
                Map.of("token", access.key(), "ref", access.reference())).getQueryString();
        var status = new Anchor(statusPage, getTranslation("delegateSubscription.confirm.follow"));
        status.addClassName("subscription-status-link");
        done("subscription-confirmed", getTranslation("delegateSubscription.confirm.done", access.reference()),
                new Paragraph(getTranslation("delegateSubscription.nextSteps")), status);
    }
}
