package ma.cimr.teleservices.request.ui.backoffice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import ma.cimr.teleservices.request.CharterDashboard;
import ma.cimr.teleservices.request.ui.CharterFiguresPanel;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.ui.DashboardSection;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shared.ui.PortalDatePicker;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The charter dashboard over a chosen period: requests, share answered in time, median time; then
 * what other features measure for the charter (the surveys and suggestions, DD042), as their
 * {@link DashboardSection}s.
 */
@Menu(title = "nav.backoffice.dashboard", order = 4)
@Route(value = "backoffice/dashboard", layout = BackofficeLayout.class)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMINISTRATOR, Roles.CONCILIATOR})
class CharterDashboardView extends VerticalLayout implements HasDynamicTitle {

    CharterDashboardView(CharterDashboard dashboard, ObjectProvider<DashboardSection> sections, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        var from = new PortalDatePicker(getTranslation("dashboard.from"), CharterDashboard.twelveMonthsEndingOn(today));
        var to = new PortalDatePicker(getTranslation("dashboard.to"), today);
        var figures = new Div();
        figures.setWidthFull();
        Runnable refresh = () -> {
            figures.removeAll();
            if (from.getValue() == null || to.getValue() == null) {
                return;
            }
            try {
                figures.add(new CharterFiguresPanel(dashboard.figures(from.getValue(), to.getValue()),
                        dashboard.schemeFigures(from.getValue(), to.getValue())));
                sections.orderedStream().forEach(section -> figures.add(section.section(from.getValue(), to.getValue())));
            } catch (Refusal e) {
                Feedback.refused(this, e);
            }
        };
        from.addValueChangeListener(event -> refresh.run());
        to.addValueChangeListener(event -> refresh.run());
        refresh.run();
        add(new H1(getTranslation("dashboard.title")), new HorizontalLayout(from, to), figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
