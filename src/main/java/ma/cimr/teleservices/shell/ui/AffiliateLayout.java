package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shell.Space;

/** The employee's space: career, contributions and rights. */
@PermitAll
public class AffiliateLayout extends SpaceLayout {

    AffiliateLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super(Space.AFFILIATE, currentUser, authentication, localeSelection);
    }
}
