package ma.cimr.teleservices.request.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.RequestSummary;
import ma.cimr.teleservices.request.Team;
import ma.cimr.teleservices.request.ui.RequestFacts;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.List;
import java.util.Locale;

/** A team's queue, oldest due first, with its traffic lights; paged from the database. */
@Menu(title = "nav.backoffice.requests", order = 1)
@Route(value = "backoffice/requests", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.CONCILIATOR})
class RequestQueueView extends VerticalLayout implements HasDynamicTitle {

    RequestQueueView(RequestDesk desk) {
        Locale locale = getLocale();
        setSizeFull();
        List<Team> teams = desk.myTeams();
        var team = new Select<Team>();
        team.setLabel(getTranslation("request.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> getTranslation("request.team." + t));
        team.setValue(teams.getFirst());
        var openOnly = new Checkbox(getTranslation("request.queue.openOnly"), true);
        var enter = new Button(getTranslation("request.enter"), click -> getUI().ifPresent(ui -> ui.navigate("backoffice/requests/new")));
        // the conciliation service does not take requests first-hand
        enter.setVisible(teams.stream().anyMatch(t -> t != Team.CONCILIATION));
        var filters = new HorizontalLayout(team, openOnly, enter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        // a page of the queue read from the database when the browser asks for it: the page keeps no row (DD048)
        var grid = new LazyGrid<RequestSummary>(desk.queueSize(team.getValue(), openOnly.getValue()),
                (offset, limit) -> desk.queue(team.getValue(), openOnly.getValue(), offset, limit));
        grid.addBadgeColumn(getTranslation("request.light"), r -> RequestFacts.lightLabel(r.trafficLight(), this::getTranslation),
                r -> RequestFacts.lightTone(r.trafficLight())).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(getTranslation("request.reference"), RequestSummary::reference).setAutoWidth(true).setFlexGrow(0);
        // the type and the subject are what an agent reads a request by: they take the room and wrap
        // rather than being cut to a few letters on a laptop's 1 366 px (issue 16)
        grid.addColumn(getTranslation("request.type"), r -> r.type().label(locale)).setFlexGrow(2).setWidth("14rem").withTooltip();
        grid.addColumn(getTranslation("request.subject"), RequestSummary::subject).setFlexGrow(3).setWidth("16rem").withTooltip();
        grid.addColumn(getTranslation("request.dueDate"), r -> Formats.date(r.dueDate(), locale)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(getTranslation("request.status"), r -> getTranslation("request.status." + r.status())).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(getTranslation("request.assignee"), r -> r.assignee() == null ? "" : r.assignee()).setAutoWidth(true)
                .setFlexGrow(0);
        grid.wrapCellContent();
        grid.addClassName("request-queue");
        grid.setRowClickListener(request -> getUI().ifPresent(ui -> ui.navigate("backoffice/requests/" + request.reference())));
        team.addValueChangeListener(event -> grid.refresh(desk.queueSize(team.getValue(), openOnly.getValue())));
        openOnly.addValueChangeListener(event -> grid.refresh(desk.queueSize(team.getValue(), openOnly.getValue())));

        add(new H1(getTranslation("request.queue.title")), filters);
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.queue.title");
    }
}
