package ma.cimr.teleservices.company.repository;

import ma.cimr.teleservices.company.CompanyProfile;
import ma.cimr.teleservices.company.MonthlyDeclaration;

import java.util.List;
import java.util.Optional;

public interface CompanyRepository {

    Optional<CompanyProfile> findProfile(long companyId);

    List<MonthlyDeclaration> recentDeclarations(long companyId, int months);

    List<String> delegateEmails(String adherentNumber);
}
