package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.CompanyUserAccount;

import java.util.List;

public interface CompanyUserRepository {

    /** The company's delegate and téléservice users, by téléservice then login. */
    List<CompanyUserAccount> findByCompany(long companyId);
}
