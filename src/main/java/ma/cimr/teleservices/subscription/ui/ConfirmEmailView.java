package ma.cimr.teleservices.subscription.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.shell.ui.PublicLayout;
import ma.cimr.teleservices.subscription.CompanySubscriptions;
import ma.cimr.teleservices.subscription.StatusAccess;

import java.util.Map;

/**
 * The link e-mailed to the delegate: opening it proves the address is theirs, and the
 * subscription is submitted. The page leads to the status page, where the form is downloaded.
 */
@Route(value = "subscription/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CompanySubscriptions subscriptions;

    ConfirmEmailView(CompanySubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("delegateSubscription.confirm.title")));
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse("");
        StatusAccess access;
        try {
            access = subscriptions.confirmEmail(token);
        } catch (IllegalArgumentException e) {
            var refused = new Paragraph(getTranslation(e.getMessage()));
            refused.addClassName("subscription-link-refused");
            add(refused);
            return;
        }
        var done = new Paragraph(getTranslation("delegateSubscription.confirm.done", access.reference()));
        done.addClassName("subscription-confirmed");
        String statusPage = "subscription/status?" + QueryParameters.simple(
                Map.of("token", access.key(), "ref", access.reference())).getQueryString();
        var status = new Anchor(statusPage, getTranslation("delegateSubscription.confirm.follow"));
        status.addClassName("subscription-status-link");
        add(done, new Paragraph(getTranslation("delegateSubscription.nextSteps")), status);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegateSubscription.confirm.title");
    }
}
