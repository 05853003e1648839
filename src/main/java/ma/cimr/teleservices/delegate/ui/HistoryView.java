package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Bidi;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the company's administrators did and what happened to its logins (sign-ins, locks, links
 * opened), newest first, paged from the audit trail.
 */
@Menu(title = "nav.delegate.history", order = 3)
@Route(value = "delegate/history", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class HistoryView extends VerticalLayout implements HasDynamicTitle {

    HistoryView(DelegateService delegates) {
        Locale locale = getLocale();
        setSizeFull();
        add(new H1(getTranslation("delegate.history.title")), new Paragraph(getTranslation("delegate.history.intro")));
        var grid = new Grid<AuditEvent>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), locale)).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(Bidi.text(AuditEvent::actor)).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(Bidi.text(e -> e.target() == null ? "" : e.target())).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(Bidi.text(this::details)).setHeader(getTranslation("audit.details"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> delegates.history(query.getOffset(), query.getLimit()).stream(),
                query -> delegates.historySize());
        grid.addClassName("company-history");
        addAndExpand(grid);
    }

    /**
     * The trail's details are notes for the fund's staff, in English ("wrong code 1/5", "ACTIVE"):
     * the company reads only those that are its own data, and roles in its language.
     */
    private String details(AuditEvent event) {
        String details = event.details();
        if (details == null) {
            return "";
        }
        return switch (event.action()) {
            case "USER_RENAMED", "ACTIVATION_READDRESSED", "EMAIL_CHANGE_REQUESTED", "EMAIL_CONFIRMED",
                 "PAYMENT_CONFIRMATIONS_SET", "PERSON_DEPARTED" -> details;
            case "ROLES_CHANGED" -> roles(details);
            default -> "";
        };
    }

    /** "[PAYMENT_ORDERER, PAYMENT_VALIDATOR]" as the console writes roles. */
    private String roles(String written) {
        String names = written.replace("[", "").replace("]", "").strip();
        if (names.isEmpty()) {
            return "";
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names.split(",\\s*")) {
            Optional<Role> role = Arrays.stream(Role.values()).filter(known -> known.name().equals(name)).findFirst();
            if (role.isEmpty()) {
                return "";
            }
            roles.add(role.get());
        }
        return Labels.roles(this, roles);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.history");
    }
}
