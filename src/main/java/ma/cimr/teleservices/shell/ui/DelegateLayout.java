package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;

/** The space of the company's user administrator. */
@PermitAll
public class DelegateLayout extends SpaceLayout {

    DelegateLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super("space.delegate", currentUser, authentication, localeSelection);
        item("nav.delegate.users", "delegate");
        item("nav.delegate.company", "delegate/company");
        item("nav.delegate.history", "delegate/history");
        item("nav.requests", "delegate/requests");
    }
}
