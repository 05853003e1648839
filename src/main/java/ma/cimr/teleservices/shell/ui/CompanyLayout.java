package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;
import ma.cimr.teleservices.shell.Space;

/** The member company's space: one login per téléservice (compte adhérent, télédéclaration...). */
@PermitAll
public class CompanyLayout extends SpaceLayout {

    CompanyLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super(Space.COMPANY, currentUser, authentication, localeSelection);
    }
}
