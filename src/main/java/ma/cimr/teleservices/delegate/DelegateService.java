package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.delegate.repository.CompanyUserRepository;
import ma.cimr.teleservices.security.AccountService;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The user administrator's console: only ever their own company's logins. */
@Service
public class DelegateService {

    private final CompanyUserRepository users;
    private final CurrentUser currentUser;
    private final AccountService accounts;

    DelegateService(CompanyUserRepository users, CurrentUser currentUser, AccountService accounts) {
        this.users = users;
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public List<CompanyUserAccount> companyUsers() {
        return users.findByCompany(currentUser.companyId());
    }

    /**
     * Creates a login for one téléservice of the delegate's company; its user gets an activation
     * link. One login serves one téléservice only (the guide's rule: the schema has one téléservice
     * per login). Granting the payment validator role needs the delegate's password again.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void createUser(NewCompanyUser user, @Nullable String delegatePassword, Locale locale) {
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new IllegalArgumentException("delegate.error.nameRequired");
        }
        Set<Role> roles = switch (user.teleservice()) {
            case COMPANY_ACCOUNT -> Set.of(Role.COMPANY_ACCOUNT);
            case DECLARATION -> Set.of(Role.DECLARATION);
            case LIQUIDATION -> Set.of(Role.LIQUIDATION);
            case PAYMENT -> paymentRoles(user);
        };
        if (roles.contains(Role.PAYMENT_VALIDATOR) && !accounts.confirmsOwnPassword(delegatePassword)) {
            throw new IllegalArgumentException("delegate.error.confirmValidator");
        }
        accounts.createCompanyUser(currentUser.companyId(), user.login().trim(), user.displayName().trim(),
                user.email(), user.teleservice(), roles, locale);
    }

    private static Set<Role> paymentRoles(NewCompanyUser user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (user.paymentOrderer()) {
            roles.add(Role.PAYMENT_ORDERER);
        }
        if (user.paymentValidator()) {
            roles.add(Role.PAYMENT_VALIDATOR);
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("delegate.error.paymentRole");
        }
        return roles;
    }

    /**
     * Lifts the lock of one of the company's users (the delegate knows them). A login of another
     * company is refused as if it did not exist.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public void unlock(String login) {
        long accountId = users.accountOfCompany(currentUser.companyId(), login)
                .orElseThrow(() -> new AccessDeniedException("no such user in the company"));
        accounts.unlockForCompany(accountId, login);
    }
}
