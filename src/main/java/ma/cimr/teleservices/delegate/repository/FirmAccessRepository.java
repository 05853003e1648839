package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.FirmAccess;

import java.util.List;
import java.util.Optional;

/** The access grants a company gives accounting firms' télédéclaration logins (DD027). */
public interface FirmAccessRepository {

    /** An external télédéclaration login, usable, by its login (case-insensitive). */
    record ExternalLogin(long accountId, long companyId, String login, String firmName) {
    }

    Optional<ExternalLogin> externalLogin(String login);

    List<FirmAccess> grantsOf(long companyId);

    /** Replaces the company's grant to the login (mode and categories, the company's). */
    void save(long companyId, long accountId, DeclarationMode mode, List<Long> categoryIds, long grantedBy);

    /** Deletes the company's grant to that login, whatever the login's state now. */
    boolean delete(long companyId, String login);
}
