package ma.cimr.teleservices.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A login suspended or closed while its user is signed in (a departure, DD013) loses its session
 * at the next page it opens, instead of working on until the session times out: the status is
 * otherwise only checked at sign-in. The page asked for is never shown: the login page is.
 */
@Component
class StoppedAccountGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    StoppedAccountGuard(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        currentUser.find().map(PortalUser::login).filter(login -> !accounts.stillActive(login)).ifPresent(login -> {
            event.rerouteTo(LoginView.class);
            SecurityContextHolder.clearContext();
            // the security context lives in the HTTP session: without it, every next request is anonymous
            VaadinSession.getCurrent().getSession().invalidate();
        });
    }
}
