package ma.cimr.teleservices.request.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.shared.ui.PhoneColumns;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.AffiliateLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.RetireeLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

import java.util.Locale;

/** "Mes demandes": every request the signed-in person filed, in their own space. */
@Menu(title = "nav.requests", order = 90)
@Route(value = "affiliate/requests", layout = AffiliateLayout.class)
@RouteAlias(value = "retiree/requests", layout = RetireeLayout.class)
@RouteAlias(value = "company/requests", layout = CompanyLayout.class)
@RouteAlias(value = "delegate/requests", layout = DelegateLayout.class)
@RolesAllowed(Roles.REQUESTER)
class MyRequestsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ServiceRequests requests;
    private final CurrentUser currentUser;

    MyRequestsView(ServiceRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String space = SpaceGuard.requireOwnSpace(event, currentUser);
        removeAll();
        Locale locale = getLocale();
        var newRequest = new Button(getTranslation("request.new"),
                click -> getUI().ifPresent(ui -> ui.navigate(space + "/requests/new")));
        newRequest.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("request.mine.title")), new Paragraph(getTranslation("request.mine.intro")), newRequest);

        var grid = new Grid<RequestSummary>();
        var reference = grid.addColumn(RequestSummary::reference).setHeader(getTranslation("request.reference")).setAutoWidth(true);
        var type = grid.addColumn(r -> r.type().label(locale)).setHeader(getTranslation("request.type"));
        grid.addColumn(RequestSummary::subject).setHeader(getTranslation("request.subject"));
        grid.addColumn(r -> Formats.dateTime(r.receivedAt(), locale)).setHeader(getTranslation("request.receivedAt"));
        grid.addColumn(r -> Formats.date(r.dueDate(), locale)).setHeader(getTranslation("request.dueDate"));
        var status = grid.addColumn(r -> getTranslation("request.status." + r.status())).setHeader(getTranslation("request.status"));
        PhoneColumns.keepOnPhone(grid, reference, type, status);
        grid.setItems(requests.myRequests());
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(space + "/requests/" + click.getItem().reference())));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.mine.title");
    }
}
