package ma.cimr.teleservices.audit.ui.backoffice;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

import java.util.Locale;

/** The audit trail, newest first, paged from the database. */
@Menu(title = "nav.backoffice.audit", order = 9)
@Route(value = "backoffice/audit", layout = BackofficeLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    AuditTrailView(AuditTrail auditTrail) {
        Locale locale = getLocale();
        setSizeFull();
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")));
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), locale)).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEvent::target).setHeader(getTranslation("audit.target"));
        grid.addColumn(AuditEvent::details).setHeader(getTranslation("audit.details"));
        grid.addColumn(AuditEvent::sourceAddress).setHeader(getTranslation("audit.from"));
        grid.setItems(query -> auditTrail.latest(query.getOffset(), query.getLimit()).stream(),
                query -> auditTrail.count());
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backoffice.audit");
    }
}
