package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;

/** The member company's space: one login per téléservice (compte adhérent, télédéclaration...). */
@PermitAll
public class CompanyLayout extends SpaceLayout {

    CompanyLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super("space.company", currentUser, authentication, localeSelection);
        item("nav.company.home", "company");
        item("nav.requests", "company/requests");
    }
}
