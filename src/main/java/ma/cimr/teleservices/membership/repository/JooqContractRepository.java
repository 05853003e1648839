package ma.cimr.teleservices.membership.repository;

import ma.cimr.teleservices.jooq.tables.records.ContractRequestRecord;
import ma.cimr.teleservices.membership.ContractCategory;
import ma.cimr.teleservices.membership.ContractKind;
import ma.cimr.teleservices.membership.ContractRequest;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipOption;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Sequences.COMPANY_ADHERENT_NUMBER;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_OPTION;
import static ma.cimr.teleservices.jooq.Tables.CONTRACT_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_RATE_CHANGE;

@Repository
class JooqContractRepository implements ContractRepository {

    private final DSLContext dsl;

    JooqContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextAdherentNumber() {
        while (true) {
            String number = String.valueOf(dsl.select(COMPANY_ADHERENT_NUMBER.nextval()).fetchSingle().value1());
            // members entered before the portal (and tests) may hold numbers the sequence reaches
            if (!dsl.fetchExists(COMPANY, COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber(number)))) {
                return number;
            }
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long createCompany(String adherentNumber, MembershipForm form) {
        return dsl.insertInto(COMPANY)
                .set(COMPANY.ADHERENT_NUMBER, new AdherentNumber(adherentNumber))
                .set(COMPANY.LEGAL_NAME, form.legalName())
                .set(COMPANY.RC_NUMBER, form.rcNumber())
                .set(COMPANY.PATENTE_NUMBER, form.patenteNumber())
                .set(COMPANY.ICE, form.ice())
                .set(COMPANY.TAX_IDENTIFIER, form.taxIdentifier())
                .set(COMPANY.CNSS_NUMBER, form.cnssNumber())
                .set(COMPANY.ACTIVITY, form.activity())
                .set(COMPANY.ADDRESS_LINE, form.addressLine())
                .set(COMPANY.CITY, form.city())
                .returning(COMPANY.ID).fetchSingle().getId();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addCategory(long companyId, String code, String label, BigDecimal employeeRate, BigDecimal employerRate) {
        dsl.insertInto(CONTRIBUTION_CATEGORY)
                .set(CONTRIBUTION_CATEGORY.COMPANY_ID, companyId)
                .set(CONTRIBUTION_CATEGORY.CODE, code)
                .set(CONTRIBUTION_CATEGORY.LABEL, label)
                .set(CONTRIBUTION_CATEGORY.EMPLOYEE_RATE, employeeRate)
                .set(CONTRIBUTION_CATEGORY.EMPLOYER_RATE, employerRate)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void changeRates(long categoryId, LocalDate appliesFrom, BigDecimal employeeRate, BigDecimal employerRate) {
        dsl.insertInto(CONTRIBUTION_RATE_CHANGE)
                .set(CONTRIBUTION_RATE_CHANGE.CATEGORY_ID, categoryId)
                .set(CONTRIBUTION_RATE_CHANGE.APPLIES_FROM, appliesFrom)
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYEE_RATE, employeeRate)
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYER_RATE, employerRate)
                .onConflict(CONTRIBUTION_RATE_CHANGE.CATEGORY_ID, CONTRIBUTION_RATE_CHANGE.APPLIES_FROM)
                .doUpdate()
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYEE_RATE, employeeRate)
                .set(CONTRIBUTION_RATE_CHANGE.EMPLOYER_RATE, employerRate)
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setOptions(long companyId, Set<MembershipOption> options, LocalDate from) {
        dsl.deleteFrom(COMPANY_OPTION).where(COMPANY_OPTION.COMPANY_ID.eq(companyId)
                .and(COMPANY_OPTION.OPTION.notIn(options.stream().map(Enum::name).toList()))).execute();
        for (MembershipOption option : options) {
            dsl.insertInto(COMPANY_OPTION)
                    .set(COMPANY_OPTION.COMPANY_ID, companyId)
                    .set(COMPANY_OPTION.OPTION, option.name())
                    .set(COMPANY_OPTION.APPLIES_FROM, from)
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @Override
    public String legalName(long companyId) {
        return dsl.select(COMPANY.LEGAL_NAME).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle().value1();
    }

    @Override
    public String adherentNumber(long companyId) {
        return dsl.select(COMPANY.ADHERENT_NUMBER).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle()
                .value1().value();
    }

    @Override
    public List<ContractCategory> categories(long companyId, LocalDate period) {
        var change = CONTRIBUTION_RATE_CHANGE.as("latest_change");
        // the latest change applying from that period or before, else the category's own rates (V24)
        var employee = dsl.select(change.EMPLOYEE_RATE).from(change)
                .where(change.CATEGORY_ID.eq(CONTRIBUTION_CATEGORY.ID).and(change.APPLIES_FROM.le(period)))
                .orderBy(change.APPLIES_FROM.desc()).limit(1).asField("changed_employee");
        var employer = dsl.select(change.EMPLOYER_RATE).from(change)
                .where(change.CATEGORY_ID.eq(CONTRIBUTION_CATEGORY.ID).and(change.APPLIES_FROM.le(period)))
                .orderBy(change.APPLIES_FROM.desc()).limit(1).asField("changed_employer");
        return dsl.select(CONTRIBUTION_CATEGORY.ID, CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.LABEL,
                        CONTRIBUTION_CATEGORY.EMPLOYEE_RATE, CONTRIBUTION_CATEGORY.EMPLOYER_RATE, employee, employer)
                .from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId).and(CONTRIBUTION_CATEGORY.ACTIVE))
                .orderBy(CONTRIBUTION_CATEGORY.CODE)
                .fetch(r -> new ContractCategory(r.value1(), r.value2(), r.value3(),
                        r.value6() != null ? (BigDecimal) r.value6() : r.value4(),
                        r.value7() != null ? (BigDecimal) r.value7() : r.value5()));
    }

    @Override
    public boolean hasCategoryCode(long companyId, String code) {
        return dsl.fetchExists(CONTRIBUTION_CATEGORY, CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId)
                .and(CONTRIBUTION_CATEGORY.CODE.eq(code)));
    }

    @Override
    public Set<MembershipOption> options(long companyId) {
        var options = EnumSet.noneOf(MembershipOption.class);
        dsl.select(COMPANY_OPTION.OPTION).from(COMPANY_OPTION).where(COMPANY_OPTION.COMPANY_ID.eq(companyId))
                .forEach(r -> options.add(MembershipOption.valueOf(r.value1())));
        return options;
    }

    @Override
    public boolean hasPending(long companyId, ContractKind kind, @Nullable Long categoryId) {
        var condition = CONTRACT_REQUEST.COMPANY_ID.eq(companyId).and(CONTRACT_REQUEST.KIND.eq(kind.name()))
                .and(CONTRACT_REQUEST.STATUS.eq(ContractRequest.Status.PENDING.name()));
        return dsl.fetchExists(CONTRACT_REQUEST, categoryId == null ? condition.and(CONTRACT_REQUEST.CATEGORY_ID.isNull())
                : condition.and(CONTRACT_REQUEST.CATEGORY_ID.eq(categoryId)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long addRequest(long companyId, ContractRequest request, long filedBy, Instant at) {
        return dsl.insertInto(CONTRACT_REQUEST)
                .set(CONTRACT_REQUEST.COMPANY_ID, companyId)
                .set(CONTRACT_REQUEST.KIND, request.kind().name())
                .set(CONTRACT_REQUEST.STATUS, ContractRequest.Status.PENDING.name())
                .set(CONTRACT_REQUEST.CATEGORY_ID, request.categoryId())
                .set(CONTRACT_REQUEST.CATEGORY_CODE, request.categoryCode())
                .set(CONTRACT_REQUEST.CATEGORY_LABEL, request.categoryLabel())
                .set(CONTRACT_REQUEST.HEADCOUNT, request.headcount())
                .set(CONTRACT_REQUEST.YEARLY_PAYROLL, request.yearlyPayroll())
                .set(CONTRACT_REQUEST.RATE_STEP, request.rateStep() == null ? null : request.rateStep().shortValue())
                .set(CONTRACT_REQUEST.EMPLOYEE_RATE, request.employeeRate())
                .set(CONTRACT_REQUEST.EMPLOYER_RATE, request.employerRate())
                .set(CONTRACT_REQUEST.APPLIES_FROM, request.appliesFrom())
                .set(CONTRACT_REQUEST.MOUBAKKIR, request.moubakkir())
                .set(CONTRACT_REQUEST.MOUSABBAK, request.mousabbak())
                .set(CONTRACT_REQUEST.REQUEST_REFERENCE, request.requestReference())
                .set(CONTRACT_REQUEST.FILED_BY, filedBy)
                .set(CONTRACT_REQUEST.FILED_AT, at.atOffset(ZoneOffset.UTC))
                .returning(CONTRACT_REQUEST.ID).fetchSingle().getId();
    }

    @Override
    public List<ContractRequest> requestsOf(long companyId) {
        return dsl.select(CONTRACT_REQUEST.fields()).select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER)
                .from(CONTRACT_REQUEST).join(COMPANY).on(COMPANY.ID.eq(CONTRACT_REQUEST.COMPANY_ID))
                .where(CONTRACT_REQUEST.COMPANY_ID.eq(companyId))
                .orderBy(CONTRACT_REQUEST.FILED_AT.desc(), CONTRACT_REQUEST.ID.desc())
                .fetch(JooqContractRepository::request);
    }

    @Override
    public List<ContractRequest> pending(int offset, int limit) {
        return dsl.select(CONTRACT_REQUEST.fields()).select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER)
                .from(CONTRACT_REQUEST).join(COMPANY).on(COMPANY.ID.eq(CONTRACT_REQUEST.COMPANY_ID))
                .where(CONTRACT_REQUEST.STATUS.eq(ContractRequest.Status.PENDING.name()))
                .orderBy(CONTRACT_REQUEST.FILED_AT, CONTRACT_REQUEST.ID)
                .offset(offset).limit(limit)
                .fetch(JooqContractRepository::request);
    }

    @Override
    public int countPending() {
        return dsl.fetchCount(CONTRACT_REQUEST, CONTRACT_REQUEST.STATUS.eq(ContractRequest.Status.PENDING.name()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Locked> lock(long id) {
        return dsl.select(CONTRACT_REQUEST.fields()).select(COMPANY.LEGAL_NAME, COMPANY.ADHERENT_NUMBER)
                .from(CONTRACT_REQUEST).join(COMPANY).on(COMPANY.ID.eq(CONTRACT_REQUEST.COMPANY_ID))
                .where(CONTRACT_REQUEST.ID.eq(id))
                .forUpdate().of(CONTRACT_REQUEST)
                .fetchOptional(r -> new Locked(r.get(CONTRACT_REQUEST.COMPANY_ID), request(r)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void decide(long id, ContractRequest.Status status, String staff, Instant at, @Nullable String reason) {
        dsl.update(CONTRACT_REQUEST)
                .set(CONTRACT_REQUEST.STATUS, status.name())
                .set(CONTRACT_REQUEST.DECIDED_BY, staff)
                .set(CONTRACT_REQUEST.DECIDED_AT, at.atOffset(ZoneOffset.UTC))
                .set(CONTRACT_REQUEST.REFUSAL_REASON, reason)
                .where(CONTRACT_REQUEST.ID.eq(id)).execute();
    }

    private static ContractRequest request(Record r) {
        ContractRequestRecord c = r.into(CONTRACT_REQUEST);
        return new ContractRequest(c.getId(), r.get(COMPANY.LEGAL_NAME), r.get(COMPANY.ADHERENT_NUMBER).value(),
                ContractKind.valueOf(c.getKind()), ContractRequest.Status.valueOf(c.getStatus()), c.getCategoryId(),
                c.getCategoryCode(), c.getCategoryLabel(), c.getHeadcount(), c.getYearlyPayroll(),
                c.getRateStep() == null ? null : c.getRateStep().intValue(), c.getEmployeeRate(), c.getEmployerRate(),
                c.getAppliesFrom(), c.getMoubakkir(), c.getMousabbak(), c.getRequestReference(),
                c.getFiledAt().toInstant(), c.getRefusalReason());
    }
}
