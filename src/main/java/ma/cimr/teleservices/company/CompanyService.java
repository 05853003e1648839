package ma.cimr.teleservices.company;

import ma.cimr.teleservices.company.repository.CompanyRepository;
import ma.cimr.teleservices.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The company account. Always the signed-in user's own company: no method takes a company id.
 */
@Service
public class CompanyService {

    static final String COMPANY_USERS = "hasAnyRole('DELEGATE', 'COMPANY_ACCOUNT', 'DECLARATION', "
            + "'PAYMENT_ORDERER', 'PAYMENT_VALIDATOR', 'LIQUIDATION')";

    private final CompanyRepository companies;
    private final CurrentUser currentUser;

    CompanyService(CompanyRepository companies, CurrentUser currentUser) {
        this.companies = companies;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(COMPANY_USERS)
    public CompanyProfile myCompany() {
        long companyId = currentUser.companyId().value();
        return companies.findProfile(companyId)
                .orElseThrow(() -> new IllegalStateException("account linked to a missing company " + companyId));
    }

    /**
     * Where to tell a company about something concerning its staff (an affiliate's anomaly report):
     * its user administrators' e-mail addresses. For other features' notices, not for display.
     */
    @Transactional(readOnly = true)
    public List<String> noticeAddresses(String adherentNumber) {
        return companies.delegateEmails(adherentNumber);
    }

    /** The last {@code months} due periods declared, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(COMPANY_USERS)
    public List<MonthlyDeclaration> recentDeclarations(int months) {
        return companies.recentDeclarations(currentUser.companyId().value(), months);
    }
}
