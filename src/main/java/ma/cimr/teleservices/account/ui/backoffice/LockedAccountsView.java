package ma.cimr.teleservices.account.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.account.AccountService;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.account.LockedAccount;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.ui.Feedback;
import ma.cimr.teleservices.shell.ui.BackofficeLayout;

/** Accounts locked by repeated wrong passwords, and the way to unlock them once the person is known. */
@Menu(title = "nav.backoffice.lockedAccounts", order = 8)
@Route(value = "backoffice/locked-accounts", layout = BackofficeLayout.class)
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMINISTRATOR})
class LockedAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<LockedAccount> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    LockedAccountsView(AccountService accounts) {
        this.accounts = accounts;
        grid.addColumn(LockedAccount::login).setHeader(getTranslation("locked.login")).setAutoWidth(true);
        grid.addColumn(LockedAccount::displayName).setHeader(getTranslation("locked.name"));
        grid.addColumn(LockedAccount::failures).setHeader(getTranslation("locked.failures")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.lockedUntil(), getLocale())).setHeader(getTranslation("locked.until"));
        grid.addComponentColumn(a -> {
            var unlock = new Button(getTranslation("locked.unlock"), click -> {
                accounts.unlock(a.accountId(), a.login());
                Feedback.done(this, "locked.unlocked");
                refresh();
            });
            unlock.addClassName("unlock");
            return unlock;
        });
        grid.setAllRowsVisible(true);
        none.setText(getTranslation("locked.none"));
        add(new H1(getTranslation("locked.title")), new Paragraph(getTranslation("locked.intro")), none, grid);
        refresh();
    }

    private void refresh() {
        var locked = accounts.lockedAccounts();
        grid.setItems(locked);
        grid.setVisible(!locked.isEmpty());
        none.setVisible(locked.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("locked.title");
    }
}
