package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.CompanyUserAccount;
import ma.cimr.teleservices.delegate.DeclarationMode;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The company's logins as its user administrator sees them; every query takes the company. */
public interface CompanyUserRepository {

    /**
     * The company's user administrators and téléservice users, by téléservice then login; dormant
     * when usable and neither used nor created since {@code dormantBefore}.
     */
    List<CompanyUserAccount> findByCompany(long companyId, Instant dormantBefore);

    /** One login of the company (case-insensitive), empty if it is not the company's. */
    Optional<CompanyUserAccount> find(long companyId, String login, Instant dormantBefore);

    /** The account's id if the login belongs to the company (case-insensitive), empty otherwise. */
    Optional<Long> accountOfCompany(long companyId, String login);

    /**
     * The company's logins of the same person as this one: the login itself and every other one
     * with the same proven e-mail address (DD013). By login.
     */
    List<CompanyUserAccount> samePerson(long companyId, long accountId, Instant dormantBefore);

    /** The company's user administrators whose account is active, other than the excluded ones. */
    int activeAdministratorsExcept(long companyId, List<Long> excludedAccountIds);

    /** Replaces the settings of a télédéclaration login; category ids are the company's. */
    void saveDeclarationSettings(long companyId, long accountId, boolean external, @Nullable String firmName,
                                 DeclarationMode mode, List<Long> categoryIds);

    /** The ids of the company's ACTIVE categories among these codes, by code. */
    Map<String, Long> activeCategoryIds(long companyId, List<String> codes);

    /** Whether any account of the portal, of any company, already has that login (in any case). */
    boolean loginTaken(String login);
}
