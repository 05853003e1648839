package ma.cimr.teleservices.delegate.ui;

import com.vaadin.flow.component.Component;
import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DeclarationSettings;
import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.Role;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How the console writes a login's roles, state and declaration settings, the same on every screen. */
final class Labels {

    private Labels() {
    }

    /** What a user works on; an administrator has no teleservice of their own (the column is empty for them). */
    static String teleservice(Component view, CompanyUserAccount user) {
        Teleservice teleservice = user.teleservice();
        return teleservice == null ? view.getTranslation("delegate.users.administrator")
                : view.getTranslation("teleservice." + teleservice.name());
    }

    static String roles(Component view, Set<Role> roles) {
        return roles.stream().sorted().map(role -> view.getTranslation("role." + role.name()))
                .collect(Collectors.joining(", "));
    }

    static String statusKey(AccountStatus status) {
        return "account." + status.name().toLowerCase(Locale.ROOT);
    }

    /** "Externe (Fiduciaire Atlas) · Fichier préétabli · CAD, EMP", or nothing for other logins. */
    static String declaration(Component view, @Nullable DeclarationSettings settings) {
        if (settings == null) {
            return "";
        }
        String who = settings.external()
                ? view.getTranslation("delegate.declaration.externalFirm", settings.firmName())
                : view.getTranslation("delegate.declaration.internal");
        return who + " · " + view.getTranslation("delegate.declaration.mode." + settings.mode().name()) + " · "
                + String.join(", ", settings.categoryCodes());
    }
}
