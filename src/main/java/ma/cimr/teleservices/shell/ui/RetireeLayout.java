package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shell.Space;

/** The space of retirees and survivors. */
@PermitAll
public class RetireeLayout extends SpaceLayout {

    RetireeLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super(Space.RETIREE, currentUser, authentication, localeSelection);
    }
}
