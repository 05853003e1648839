package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.delegate.repository.CompanyUserRepository;
import ma.cimr.teleservices.security.CurrentUser;
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

    DelegateService(CompanyUserRepository users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
    public List<CompanyUserAccount> companyUsers() {
        return users.findByCompany(currentUser.companyId());
    }
}
