package ma.cimr.teleservices.membership.repository;

import ma.cimr.teleservices.membership.ContractCategory;
import ma.cimr.teleservices.membership.ContractKind;
import ma.cimr.teleservices.membership.ContractRequest;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipOption;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A member company's contract as the declarations read it (company, contribution_category,
 * contribution_rate_change, company_option) and the requests that change it. This feature is the
 * one that writes those rows (DD034); the declarations and the company space only read them.
 */
public interface ContractRepository {

    /** A new member's adherent number: the next free number of the sequence. */
    String nextAdherentNumber();

    long createCompany(String adherentNumber, MembershipForm form);

    void addCategory(long companyId, String code, String label, BigDecimal employeeRate, BigDecimal employerRate);

    /** The rates from that month on; a second change for the same month replaces the first. */
    void changeRates(long categoryId, LocalDate appliesFrom, BigDecimal employeeRate, BigDecimal employerRate);

    /** The options wanted from that month on; those not wanted are removed. */
    void setOptions(long companyId, Set<MembershipOption> options, LocalDate from);

    String legalName(long companyId);

    String adherentNumber(long companyId);

    /** The active categories with the rates of that due period. */
    List<ContractCategory> categories(long companyId, LocalDate period);

    boolean hasCategoryCode(long companyId, String code);

    Set<MembershipOption> options(long companyId);

    boolean hasPending(long companyId, ContractKind kind, @org.jspecify.annotations.Nullable Long categoryId);

    long addRequest(long companyId, ContractRequest request, long filedBy, Instant at);

    List<ContractRequest> requestsOf(long companyId);

    List<ContractRequest> pending(int offset, int limit);

    int countPending();

    /** With its company id, locked for a decision. */
    Optional<Locked> lock(long id);

    record Locked(long companyId, ContractRequest request) {
    }

    void decide(long id, ContractRequest.Status status, String staff, Instant at, @org.jspecify.annotations.Nullable String reason);
}
