package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;

/** The fund's staff: agents, supervisors, administrators. Items follow the roles. */
@PermitAll
public class BackofficeLayout extends SpaceLayout {

    BackofficeLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super("space.backoffice", currentUser, authentication, localeSelection);
        item("nav.backoffice.charter", "backoffice");
        item("nav.backoffice.holidays", "backoffice/holidays");
        currentUser.find()
                .filter(user -> user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR))
                .ifPresent(user -> item("nav.backoffice.audit", "backoffice/audit"));
    }
}
