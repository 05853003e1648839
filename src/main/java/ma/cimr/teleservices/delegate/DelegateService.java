package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.delegate.repository.CompanyUserRepository;
import ma.cimr.teleservices.security.AccountService;
import ma.cimr.teleservices.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import ma.cimr.teleservices.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

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
