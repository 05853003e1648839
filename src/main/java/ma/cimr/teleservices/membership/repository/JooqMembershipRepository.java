package ma.cimr.teleservices.membership.repository;

import ma.cimr.teleservices.affiliate.rules.PensionParameters.Product;
import ma.cimr.teleservices.jooq.tables.records.MembershipApplicationRecord;
import ma.cimr.teleservices.membership.DocumentInfo;
import ma.cimr.teleservices.membership.DocumentKind;
import ma.cimr.teleservices.membership.MembershipApplication;
import ma.cimr.teleservices.membership.MembershipDocument;
import ma.cimr.teleservices.membership.MembershipForm;
import ma.cimr.teleservices.membership.MembershipStatus;
import ma.cimr.teleservices.membership.RateStep;
import ma.cimr.teleservices.membership.StaffCategory;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Sequences.MEMBERSHIP_APPLICATION_NUMBER;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_APPLICATION;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_APPLICATION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.MEMBERSHIP_DOCUMENT;

@Repository
class JooqMembershipRepository implements MembershipRepository {

    private final DSLContext dsl;

    JooqMembershipRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String nextReference(int year) {
        return "AD%d-%06d".formatted(year, dsl.select(MEMBERSHIP_APPLICATION_NUMBER.nextval()).fetchSingle().value1());
    }

    @Override
    public Optional<String> memberWith(String ice, String rcNumber) {
        return dsl.select(COMPANY.ADHERENT_NUMBER).from(COMPANY)
                .where(COMPANY.ICE.eq(ice).or(COMPANY.RC_NUMBER.eq(rcNumber)))
                .orderBy(COMPANY.ID).limit(1)
                .fetchOptional(record -> record.value1().value());
    }

    @Override
    public boolean openApplicationWith(String ice, String rcNumber) {
        return dsl.fetchExists(MEMBERSHIP_APPLICATION, MEMBERSHIP_APPLICATION.STATUS.ne(MembershipStatus.REFUSED.name())
                .and(MEMBERSHIP_APPLICATION.ICE.eq(ice).or(MEMBERSHIP_APPLICATION.RC_NUMBER.eq(rcNumber))));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long add(String reference, String language, MembershipForm form, RateStep step, long emailLinkId, Instant at) {
        long id = dsl.insertInto(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.REFERENCE, reference)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.AWAITING_EMAIL.name())
                .set(MEMBERSHIP_APPLICATION.LANGUAGE, language)
                .set(MEMBERSHIP_APPLICATION.LEGAL_NAME, form.legalName())
                .set(MEMBERSHIP_APPLICATION.RC_NUMBER, form.rcNumber())
                .set(MEMBERSHIP_APPLICATION.ICE, form.ice())
                .set(MEMBERSHIP_APPLICATION.PATENTE_NUMBER, form.patenteNumber())
                .set(MEMBERSHIP_APPLICATION.TAX_IDENTIFIER, form.taxIdentifier())
                .set(MEMBERSHIP_APPLICATION.CNSS_NUMBER, form.cnssNumber())
                .set(MEMBERSHIP_APPLICATION.ADDRESS_LINE, form.addressLine())
                .set(MEMBERSHIP_APPLICATION.CITY, form.city())
                .set(MEMBERSHIP_APPLICATION.ACTIVITY, form.activity())
                .set(MEMBERSHIP_APPLICATION.HEAD_NAME, form.headName())
                .set(MEMBERSHIP_APPLICATION.HEAD_FUNCTION, form.headFunction())
                .set(MEMBERSHIP_APPLICATION.CONTACT_NAME, form.contactName())
                .set(MEMBERSHIP_APPLICATION.CONTACT_EMAIL, form.contactEmail())
                .set(MEMBERSHIP_APPLICATION.CONTACT_PHONE, form.contactPhone())
                .set(MEMBERSHIP_APPLICATION.PRODUCT, form.product().name())
                .set(MEMBERSHIP_APPLICATION.RATE_STEP, (short) step.step())
                .set(MEMBERSHIP_APPLICATION.EMPLOYEE_RATE, step.employeeRate())
                .set(MEMBERSHIP_APPLICATION.EMPLOYER_RATE, step.employerRate())
                .set(MEMBERSHIP_APPLICATION.MOUBAKKIR, form.moubakkir())
                .set(MEMBERSHIP_APPLICATION.MOUSABBAK, form.mousabbak())
                .set(MEMBERSHIP_APPLICATION.EMAIL_LINK_ID, emailLinkId)
                .set(MEMBERSHIP_APPLICATION.CREATED_AT, time(at))
                .returning(MEMBERSHIP_APPLICATION.ID).fetchSingle().getId();
        short position = 0;
        for (StaffCategory category : form.categories()) {
            dsl.insertInto(MEMBERSHIP_APPLICATION_CATEGORY)
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.APPLICATION_ID, id)
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.POSITION, ++position)
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.CODE, category.code())
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.LABEL, category.label())
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.HEADCOUNT, category.headcount())
                    .set(MEMBERSHIP_APPLICATION_CATEGORY.YEARLY_PAYROLL, category.yearlyPayroll())
                    .execute();
        }
        return id;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void addDocument(long applicationId, MembershipDocument document, Instant at) {
        dsl.insertInto(MEMBERSHIP_DOCUMENT)
                .set(MEMBERSHIP_DOCUMENT.APPLICATION_ID, applicationId)
                .set(MEMBERSHIP_DOCUMENT.KIND, document.kind().name())
                .set(MEMBERSHIP_DOCUMENT.FILE_NAME, document.fileName())
                .set(MEMBERSHIP_DOCUMENT.CONTENT_TYPE, document.contentType())
                .set(MEMBERSHIP_DOCUMENT.SIZE_BYTES, document.content().length)
                .set(MEMBERSHIP_DOCUMENT.CONTENT, document.content())
                .set(MEMBERSHIP_DOCUMENT.UPLOADED_AT, time(at))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Stored> lockAwaitingEmail(long emailLinkId) {
        return dsl.selectFrom(MEMBERSHIP_APPLICATION)
                .where(MEMBERSHIP_APPLICATION.EMAIL_LINK_ID.eq(emailLinkId)
                        .and(MEMBERSHIP_APPLICATION.STATUS.eq(MembershipStatus.AWAITING_EMAIL.name())))
                .forUpdate().fetchOptional().map(this::stored);
    }

    @Override
    public Optional<Stored> findByReference(String reference, boolean lock) {
        var query = dsl.selectFrom(MEMBERSHIP_APPLICATION).where(MEMBERSHIP_APPLICATION.REFERENCE.eq(reference.strip()));
        return (lock ? query.forUpdate().fetchOptional() : query.fetchOptional()).map(this::stored);
    }

    @Override
    public Optional<MembershipApplication> findByReferenceAndKey(String reference, String keyHash) {
        return dsl.selectFrom(MEMBERSHIP_APPLICATION)
                .where(MEMBERSHIP_APPLICATION.REFERENCE.eq(reference.strip())
                        .and(MEMBERSHIP_APPLICATION.ACCESS_KEY_HASH.eq(keyHash)))
                .fetchOptional().map(record -> stored(record).application());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markSubmitted(long id, String keyHash, String requestReference, Instant at) {
        dsl.update(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.SUBMITTED.name())
                .set(MEMBERSHIP_APPLICATION.ACCESS_KEY_HASH, keyHash)
                .set(MEMBERSHIP_APPLICATION.REQUEST_REFERENCE, requestReference)
                .set(MEMBERSHIP_APPLICATION.SUBMITTED_AT, time(at))
                .where(MEMBERSHIP_APPLICATION.ID.eq(id)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markWaitingForDocuments(long id, String missing) {
        dsl.update(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.WAITING_FOR_DOCUMENTS.name())
                .set(MEMBERSHIP_APPLICATION.MISSING_DOCUMENTS, missing)
                .where(MEMBERSHIP_APPLICATION.ID.eq(id)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markResubmitted(long id) {
        dsl.update(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.SUBMITTED.name())
                .where(MEMBERSHIP_APPLICATION.ID.eq(id)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markAccepted(long id, long companyId, String staff, Instant at) {
        dsl.update(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.ACCEPTED.name())
                .set(MEMBERSHIP_APPLICATION.COMPANY_ID, companyId)
                .set(MEMBERSHIP_APPLICATION.DECIDED_BY, staff)
                .set(MEMBERSHIP_APPLICATION.DECIDED_AT, time(at))
                .where(MEMBERSHIP_APPLICATION.ID.eq(id)).execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markRefused(long id, String staff, String reason, Instant at) {
        dsl.update(MEMBERSHIP_APPLICATION)
                .set(MEMBERSHIP_APPLICATION.STATUS, MembershipStatus.REFUSED.name())
                .set(MEMBERSHIP_APPLICATION.REFUSAL_REASON, reason)
                .set(MEMBERSHIP_APPLICATION.DECIDED_BY, staff)
                .set(MEMBERSHIP_APPLICATION.DECIDED_AT, time(at))
                .where(MEMBERSHIP_APPLICATION.ID.eq(id)).execute();
    }

    @Override
    public List<MembershipApplication> list(@Nullable MembershipStatus status, int offset, int limit) {
        return dsl.selectFrom(MEMBERSHIP_APPLICATION).where(listed(status))
                .orderBy(MEMBERSHIP_APPLICATION.SUBMITTED_AT, MEMBERSHIP_APPLICATION.ID)
                .offset(offset).limit(limit)
                .fetch(record -> stored(record).application());
    }

    @Override
    public int count(@Nullable MembershipStatus status) {
        return dsl.fetchCount(MEMBERSHIP_APPLICATION, listed(status));
    }

    private static Condition listed(@Nullable MembershipStatus status) {
        return status == null ? MEMBERSHIP_APPLICATION.STATUS.ne(MembershipStatus.AWAITING_EMAIL.name())
                : MEMBERSHIP_APPLICATION.STATUS.eq(status.name());
    }

    @Override
    public List<DocumentInfo> documents(long applicationId) {
        return dsl.select(MEMBERSHIP_DOCUMENT.ID, MEMBERSHIP_DOCUMENT.KIND, MEMBERSHIP_DOCUMENT.FILE_NAME,
                        MEMBERSHIP_DOCUMENT.CONTENT_TYPE, MEMBERSHIP_DOCUMENT.SIZE_BYTES, MEMBERSHIP_DOCUMENT.UPLOADED_AT)
                .from(MEMBERSHIP_DOCUMENT).where(MEMBERSHIP_DOCUMENT.APPLICATION_ID.eq(applicationId))
                .orderBy(MEMBERSHIP_DOCUMENT.ID)
                .fetch(r -> new DocumentInfo(r.value1(), DocumentKind.valueOf(r.value2()), r.value3(), r.value4(),
                        r.value5(), r.value6().toInstant()));
    }

    @Override
    public Optional<MembershipDocument> document(long applicationId, long documentId) {
        return dsl.selectFrom(MEMBERSHIP_DOCUMENT)
                .where(MEMBERSHIP_DOCUMENT.ID.eq(documentId).and(MEMBERSHIP_DOCUMENT.APPLICATION_ID.eq(applicationId)))
                .fetchOptional(r -> new MembershipDocument(DocumentKind.valueOf(r.getKind()), r.getFileName(),
                        r.getContentType(), r.getContent()));
    }

    private Stored stored(MembershipApplicationRecord r) {
        List<StaffCategory> categories = dsl.selectFrom(MEMBERSHIP_APPLICATION_CATEGORY)
                .where(MEMBERSHIP_APPLICATION_CATEGORY.APPLICATION_ID.eq(r.getId()))
                .orderBy(MEMBERSHIP_APPLICATION_CATEGORY.POSITION)
                .fetch(c -> new StaffCategory(c.getCode(), c.getLabel(), c.getHeadcount(), c.getYearlyPayroll()));
        var form = new MembershipForm(r.getLegalName(), r.getRcNumber(), r.getIce(), r.getPatenteNumber(),
                r.getTaxIdentifier(), r.getCnssNumber(), r.getAddressLine(), r.getCity(), r.getActivity(),
                r.getHeadName(), r.getHeadFunction(), r.getContactName(), r.getContactEmail(), r.getContactPhone(),
                Product.valueOf(r.getProduct()), r.getRateStep(), r.getMoubakkir(), r.getMousabbak(), categories);
        String adherentNumber = r.getCompanyId() == null ? null : dsl.select(COMPANY.ADHERENT_NUMBER).from(COMPANY)
                .where(COMPANY.ID.eq(r.getCompanyId())).fetchOptional(c -> c.value1().value()).orElse(null);
        return new Stored(r.getId(), new MembershipApplication(r.getReference(), MembershipStatus.valueOf(r.getStatus()),
                r.getLanguage(), form, r.getEmployeeRate(), r.getEmployerRate(), r.getCreatedAt().toInstant(),
                instant(r.getSubmittedAt()), r.getRequestReference(), r.getMissingDocuments(), r.getRefusalReason(),
                r.getDecidedBy(), adherentNumber));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
