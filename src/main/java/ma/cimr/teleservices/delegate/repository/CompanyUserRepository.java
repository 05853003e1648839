package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.CompanyUserAccount;

import java.util.List;
import java.util.Optional;

public interface CompanyUserRepository {

    /** The company's delegate and téléservice users, by téléservice then login. */
    List<CompanyUserAccount> findByCompany(long companyId);

    /** The account's id if the login belongs to the company, empty otherwise. */
    Optional<Long> accountOfCompany(long companyId, String login);
}
