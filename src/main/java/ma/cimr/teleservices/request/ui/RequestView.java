package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.RequestNotFoundException;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

/** One of the signed-in person's requests, with its timeline; someone else's is "not found". */
@Route(value = "affiliate/requests/:reference", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/requests/:reference", layout = RetireeLayout.class)
@RouteAlias(value = "company/requests/:reference", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/requests/:reference", layout = DelegateLayout.class)
@RolesAllowed(Roles.REQUESTER)
class RequestView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRequests requests;
    private final CurrentUser currentUser;
    private String reference = "";

    RequestView(ServiceRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SpaceGuard.requireOwnSpace(event, currentUser);
        reference = event.getRouteParameters().get("reference").orElse("");
        removeAll();
        try {
            requests.find(reference, null);
        } catch (RequestNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        add(new H1(getTranslation("request.title", reference)),
                new RequesterCasePanel(() -> requests.find(reference, null),
                        reason -> requests.escalate(reference, null, reason),
                        (score, comment) -> requests.rate(reference, null, score, comment),
                        id -> requests.attachment(reference, null, id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.title", reference);
    }
}
