package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.Declarant;

import java.util.Optional;

/** Reads a télédéclaration login's settings (the delegate console's tables) as a declarant. */
public interface DeclarantRepository {

    /** Empty when the login has no télédéclaration settings for that company. */
    Optional<Declarant> find(long accountId, long companyId);
}
