package ma.cimr.teleservices.request.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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

        var grid = new Grid<RequestSummary>();
        grid.addColumn(RequestFacts.lightColumn(RequestSummary::trafficLight, this::getTranslation))
                .setHeader(getTranslation("request.light")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestSummary::reference).setHeader(getTranslation("request.reference")).setAutoWidth(true)
                .setFlexGrow(0);
        // the type and the subject are what an agent reads a request by: they take the room and wrap
        // rather than being cut to a few letters on a laptop's 1 366 px (issue 16)
        grid.addColumn(r -> r.type().label(locale)).setHeader(getTranslation("request.type"))
                .setFlexGrow(2).setWidth("14rem").setTooltipGenerator(r -> r.type().label(locale));
        grid.addColumn(RequestSummary::subject).setHeader(getTranslation("request.subject"))
                .setFlexGrow(3).setWidth("16rem").setTooltipGenerator(RequestSummary::subject);
        grid.addColumn(r -> Formats.date(r.dueDate(), locale)).setHeader(getTranslation("request.dueDate")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> getTranslation("request.status." + r.status())).setHeader(getTranslation("request.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.assignee() == null ? "" : r.assignee()).setHeader(getTranslation("request.assignee"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("request-queue");
        grid.setItems(query -> desk.queue(team.getValue(), openOnly.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> desk.queueSize(team.getValue(), openOnly.getValue()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("backoffice/requests/" + click.getItem().reference())));
        team.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        openOnly.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        add(new H1(getTranslation("request.queue.title")), filters);
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.queue.title");
    }
}
