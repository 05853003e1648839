package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import ma.cimr.teleservices.account.Passkeys;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;
import ma.cimr.teleservices.shell.ui.CompanyLayout;
import ma.cimr.teleservices.shell.ui.DelegateLayout;
import ma.cimr.teleservices.shell.ui.SpaceGuard;

/**
 * « Sécurité du compte » for the fund's staff, delegates and company logins (DD031), whose second
 * factor is a rule: they manage their passkeys here, in their own space's menu. Their
 * authenticator application stays as enrolled at first sign-in. Affiliates and retirees have
 * their own page, where the factor is a choice.
 */
@Menu(title = "nav.security", order = 95)
@Route(value = "backoffice/security", layout = BackofficeLayout.class)
@RouteAlias(value = "delegate/security", layout = DelegateLayout.class)
@RouteAlias(value = "company/security", layout = CompanyLayout.class)
@PermitAll
class StaffSecurityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Passkeys passkeys;
    private final CurrentUser currentUser;

    StaffSecurityView(Passkeys passkeys, CurrentUser currentUser) {
        this.passkeys = passkeys;
        this.currentUser = currentUser;
        addClassName("staff-security-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String own = SpaceGuard.requireOwnSpace(event, currentUser);
        if (own.equals(event.getLocation().getFirstSegment()) && !own.equals("affiliate") && !own.equals("retiree")) {
            add(new H1(getTranslation("account.secondFactor.title")), new Paragraph(getTranslation("passkeys.staffHelp")),
                    new PasskeysPanel(passkeys, () -> { }));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.secondFactor.title");
    }
}
