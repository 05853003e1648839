package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

import java.util.Locale;

/**
 * What the company's administrators did and what happened to its logins (sign-ins, locks, links
 * opened), newest first, paged from the audit trail.
 */
@Route(value = "delegate/history", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class HistoryView extends VerticalLayout implements HasDynamicTitle {

    HistoryView(DelegateService delegates) {
        Locale locale = getLocale();
        setSizeFull();
        add(new H1(getTranslation("delegate.history.title")), new Paragraph(getTranslation("delegate.history.intro")));
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), locale)).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEvent::details).setHeader(getTranslation("audit.details"));
        grid.setItems(query -> delegates.history(query.getOffset(), query.getLimit()).stream(),
                query -> delegates.historySize());
        grid.addClassName("company-history");
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.history");
    }
}
