package ma.cimr.teleservices.subscription.ui.backoffice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionDesk;
import ma.cimr.teleservices.subscription.SubscriptionStatus;

/** Subscriptions to the téléservices, newest first, by status; each opens on its case. */
@Menu(title = "nav.backoffice.subscriptions", order = 2)
@Route(value = "backoffice/subscriptions", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class SubscriptionsView extends VerticalLayout implements HasDynamicTitle {

    private final SubscriptionDesk desk;
    private final Grid<Subscription> grid = new Grid<>();
    private final Select<SubscriptionStatus> status = new Select<>();

    SubscriptionsView(SubscriptionDesk desk) {
        this.desk = desk;
        status.setLabel(getTranslation("delegateSubscription.backoffice.filter"));
        status.setItems(SubscriptionStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("delegateSubscription.backoffice.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("delegateSubscription.backoffice.all")
                : getTranslation("delegateSubscription.status." + s));
        status.addClassName("subscription-filter");
        status.addValueChangeListener(event -> refresh());

        grid.addComponentColumn(s -> {
            var link = new RouterLink(s.reference(), SubscriptionCaseView.class, new RouteParameters("reference", s.reference()));
            link.addClassName("subscription-case-link");
            return link;
        }).setHeader(getTranslation("delegateSubscription.reference")).setAutoWidth(true);
        grid.addColumn(Bidi.text(s -> s.legalName() + " (" + s.adherentNumber() + ")"))
                .setHeader(getTranslation("delegateSubscription.field.legalName"));
        grid.addColumn(Bidi.text(s -> s.delegate().fullName())).setHeader(getTranslation("delegateSubscription.section.delegate"));
        grid.addColumn(s -> Formats.dateTime(s.appliedAt(), getLocale())).setHeader(getTranslation("delegateSubscription.appliedAt"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("delegateSubscription.status." + s.status()))
                .setHeader(getTranslation("delegateSubscription.backoffice.status")).setAutoWidth(true);
        grid.addClassName("subscriptions-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("delegateSubscription.backoffice.none"));
        add(new H1(getTranslation("delegateSubscription.backoffice.title")),
                new Paragraph(getTranslation("delegateSubscription.backoffice.intro")), status, grid);
        refresh();
    }

    private void refresh() {
        SubscriptionStatus filter = status.getValue();
        grid.setItems(query -> desk.list(filter, query.getOffset(), query.getLimit()).stream(), query -> desk.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("delegateSubscription.backoffice.title");
    }
}
