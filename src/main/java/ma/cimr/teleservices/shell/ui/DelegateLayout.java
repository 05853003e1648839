package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shell.Space;

/** The space of the company's user administrator. */
@PermitAll
public class DelegateLayout extends SpaceLayout {

    DelegateLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super(Space.DELEGATE, currentUser, authentication, localeSelection);
    }
}
