package ma.cimr.teleservices.request.ui.backoffice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.request.CharterService;
import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The staff's reference: every charter commitment, and the date it falls due for a request
 * received on a given day, counted in business days.
 */
@Menu(title = "nav.backoffice.charter", order = 5)
@Route(value = "backoffice", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.CONCILIATOR})
class CharterCommitmentsView extends VerticalLayout implements HasDynamicTitle {

    CharterCommitmentsView(CharterService charter, Clock clock) {
        Locale locale = getLocale();
        add(new H1(getTranslation("backoffice.charter.title")),
                new Paragraph(getTranslation("backoffice.charter.intro")));

        var received = new PortalDatePicker(getTranslation("backoffice.charter.receivedOn"), LocalDate.now(clock));
        add(received);

        List<ServiceCommitment> commitments = Arrays.stream(Population.values())
                .flatMap(population -> charter.commitments(population).stream()).toList();
        var grid = new Grid<ServiceCommitment>();
        grid.addColumn(c -> getTranslation("population." + c.population())).setHeader(getTranslation("backoffice.charter.population"))
                .setAutoWidth(true);
        grid.addColumn(ServiceCommitment::number).setHeader(getTranslation("backoffice.charter.number")).setAutoWidth(true);
        grid.addColumn(c -> c.label(locale)).setHeader(getTranslation("backoffice.charter.commitment")).setFlexGrow(1);
        grid.addColumn(c -> c.deadlineBusinessDays() == null ? getTranslation("backoffice.charter.calendarRule")
                        : getTranslation("charter.deadline", c.deadlineBusinessDays()))
                .setHeader(getTranslation("backoffice.charter.deadline")).setAutoWidth(true);
        grid.addColumn(c -> received.getValue() == null ? ""
                        : charter.dueOn(c, received.getValue()).map(due -> Formats.shortDate(due, locale)).orElse(""))
                .setHeader(getTranslation("backoffice.charter.dueOn")).setAutoWidth(true);
        grid.setItems(commitments);
        grid.setAllRowsVisible(true);
        received.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.charter");
    }
}
