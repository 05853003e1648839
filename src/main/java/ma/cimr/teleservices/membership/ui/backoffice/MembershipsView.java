package ma.cimr.teleservices.membership.ui.backoffice;

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
import ma.cimr.teleservices.membership.MembershipApplication;
import ma.cimr.teleservices.membership.MembershipDesk;
import ma.cimr.teleservices.membership.MembershipStatus;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Arrays;

/** Membership applications submitted online, oldest first (the charter's queue), by status; each opens on its case. */
@Menu(title = "membership.backoffice.nav", order = 2.2)
@Route(value = "backoffice/memberships", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR})
class MembershipsView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipDesk desk;
    private final Grid<MembershipApplication> grid = new Grid<>();
    private final Select<MembershipStatus> status = new Select<>();

    MembershipsView(MembershipDesk desk) {
        this.desk = desk;
        status.setLabel(getTranslation("membership.backoffice.filter"));
        status.setItems(Arrays.stream(MembershipStatus.values()).filter(s -> s != MembershipStatus.AWAITING_EMAIL).toList());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("membership.backoffice.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("membership.backoffice.all")
                : getTranslation("membership.status." + s));
        status.addClassName("membership-filter");
        status.addValueChangeListener(event -> refresh());

        grid.addComponentColumn(a -> {
            var link = new RouterLink(a.reference(), MembershipCaseView.class, new RouteParameters("reference", a.reference()));
            link.addClassName("membership-case-link");
            return link;
        }).setHeader(getTranslation("membership.reference")).setAutoWidth(true);
        grid.addColumn(Bidi.text(a -> a.form().legalName())).setHeader(getTranslation("membership.field.legalName"));
        grid.addColumn(a -> a.form().ice()).setHeader(getTranslation("membership.field.ice")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.submittedAt(), getLocale()))
                .setHeader(getTranslation("membership.submittedAt")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation("membership.status." + a.status()))
                .setHeader(getTranslation("membership.backoffice.status")).setAutoWidth(true);
        grid.addClassName("memberships-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("membership.backoffice.none"));
        add(new H1(getTranslation("membership.backoffice.title")),
                new Paragraph(getTranslation("membership.backoffice.intro")), status, grid);
        refresh();
    }

    private void refresh() {
        MembershipStatus filter = status.getValue();
        grid.setItems(query -> desk.list(filter, query.getOffset(), query.getLimit()).stream(), query -> desk.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.backoffice.title");
    }
}
