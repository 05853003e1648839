package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DelegateService;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shell.ui.DelegateLayout;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;

/** The delegate reviews every login of the company in one screen. */
@Route(value = "delegate", layout = DelegateLayout.class)
@RolesAllowed(Roles.DELEGATE)
class DelegateHomeView extends VerticalLayout implements HasDynamicTitle {

    DelegateHomeView(DelegateService delegates, Clock clock) {
        Locale locale = getLocale();
        add(new H1(getTranslation("delegate.users.title")), new Paragraph(getTranslation("delegate.users.intro")));

        Grid<CompanyUserAccount> grid = new Grid<>();
        grid.addColumn(CompanyUserAccount::login).setHeader(getTranslation("delegate.users.login"));
        grid.addColumn(CompanyUserAccount::displayName).setHeader(getTranslation("delegate.users.name"));
        grid.addColumn(u -> u.teleservice() == null ? getTranslation("delegate.users.administrator")
                        : getTranslation("teleservice." + u.teleservice().name()))
                .setHeader(getTranslation("delegate.users.teleservice"));
        grid.addColumn(u -> u.roles().stream().sorted().map(Role::name)
                        .map(role -> getTranslation("role." + role)).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("delegate.users.roles"));
        grid.addColumn(u -> getTranslation("account." + u.status().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("delegate.users.status"));
        grid.addColumn(u -> u.lastLoginAt() == null ? getTranslation("delegate.users.neverLoggedIn")
                        : Formats.dateTime(u.lastLoginAt(), locale))
                .setHeader(getTranslation("delegate.users.lastLogin"));
        grid.addComponentColumn(u -> {
            boolean locked = u.lockedUntil() != null && u.lockedUntil().isAfter(clock.instant());
            var unlock = new Button(getTranslation("locked.unlock"), click -> {
                delegates.unlock(u.login());
                Notification.show(getTranslation("locked.unlocked")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                grid.setItems(delegates.companyUsers());
            });
            unlock.addClassName("unlock");
            unlock.setVisible(locked);
            return unlock;
        }).setHeader(getTranslation("delegate.users.lock")).setAutoWidth(true);
        grid.setItems(delegates.companyUsers());
        grid.setAllRowsVisible(true);
        var newUser = new Button(getTranslation("delegate.new.title"),
                click -> new NewUserDialog(delegates, () -> grid.setItems(delegates.companyUsers())).open());
        newUser.addClassName("new-user");
        add(newUser, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.delegate.users");
    }
}
