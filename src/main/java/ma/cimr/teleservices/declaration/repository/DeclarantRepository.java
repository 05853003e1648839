package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.Declarant;

import java.util.List;
import java.util.Optional;

/**
 * Reads a télédéclaration login's settings (the delegate console's tables) as a declarant: for its
 * own company, or for a company that granted its firm access (DD027).
 */
public interface DeclarantRepository {

    /** Empty when the login has no télédéclaration settings for that company. */
    Optional<Declarant> find(long accountId, long companyId);

    /** Empty when that company granted the login no access (or revoked it). */
    Optional<Declarant> findGranted(long accountId, long companyId);

    /** The login's own company when it has settings there, then the companies that granted it access, by name. */
    List<DeclarableCompany> companies(long accountId, long ownCompanyId);
}
