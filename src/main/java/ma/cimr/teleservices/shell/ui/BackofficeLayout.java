package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shell.Space;

/** The fund's staff: agents, supervisors, administrators; each sees the entries of the views their roles open. */
@PermitAll
public class BackofficeLayout extends SpaceLayout {

    BackofficeLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super(Space.BACKOFFICE, currentUser, authentication, localeSelection);
    }
}
