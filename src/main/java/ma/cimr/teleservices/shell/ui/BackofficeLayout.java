package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;

/** The fund's staff: agents, supervisors, administrators. Items follow the roles. */
@PermitAll
public class BackofficeLayout extends SpaceLayout {

    BackofficeLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super("space.backoffice", currentUser, authentication, localeSelection);
        PortalUser user = currentUser.require();
        if (user.has(Role.AGENT) || user.has(Role.SUPERVISOR) || user.has(Role.CONCILIATOR)) {
            item("nav.backoffice.requests", "backoffice/requests");
        }
        if (user.has(Role.AGENT) || user.has(Role.SUPERVISOR)) {
            item("nav.backoffice.subscriptions", "backoffice/subscriptions");
            item("nav.backoffice.delegateLetters", "backoffice/delegate-letters");
        }
        item("nav.backoffice.dashboard", "backoffice/dashboard");
        item("nav.backoffice.charter", "backoffice");
        item("nav.backoffice.holidays", "backoffice/holidays");
        item("nav.backoffice.pensionParameters", "backoffice/pension-parameters");
        if (user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR)) {
            item("nav.backoffice.lockedAccounts", "backoffice/locked-accounts");
            item("nav.backoffice.audit", "backoffice/audit");
        }
    }
}
