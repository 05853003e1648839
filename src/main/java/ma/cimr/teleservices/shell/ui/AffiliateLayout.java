package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.i18n.LocaleSelection;

/** The employee's space: career, contributions and rights. */
@PermitAll
public class AffiliateLayout extends SpaceLayout {

    AffiliateLayout(CurrentUser currentUser, AuthenticationContext authentication, LocaleSelection localeSelection) {
        super("space.affiliate", currentUser, authentication, localeSelection);
        item("nav.affiliate.career", "affiliate");
        item("nav.affiliate.statement", "affiliate/statement");
        item("nav.affiliate.simulator", "affiliate/simulator");
        item("nav.affiliate.contributions", "affiliate/contributions");
        item("nav.requests", "affiliate/requests");
    }
}
