package ma.cimr.teleservices.subscription.repository;

import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.subscription.ContactPerson;
import ma.cimr.teleservices.subscription.Subscription;
import ma.cimr.teleservices.subscription.SubscriptionForm;
import ma.cimr.teleservices.subscription.SubscriptionStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Sequences.COMPANY_SUBSCRIPTION_NUMBER;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_HEAD;
import static ma.cimr.teleservices.jooq.Tables.COMPANY_SUBSCRIPTION;
import static ma.cimr.teleservices.jooq.Tables.ONE_TIME_LINK;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.selectOne;

/**
 * Subscriptions, and the two things a validated one writes about its company: the numbers on the
 * company row and its head in {@code company_head}. The company feature reads them; this is the
 * only feature that learns them.
 */
@Repository
class JooqCompanySubscriptionRepository implements CompanySubscriptionRepository {

    private static final List<SubscriptionStatus> IN_PROGRESS = List.of(SubscriptionStatus.SUBMITTED,
            SubscriptionStatus.FORM_RECEIVED);

    private final DSLContext dsl;

    JooqCompanySubscriptionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Standing> standing(String adherentNumber, Instant now, boolean lock) {
        if (!AdherentNumber.isOne(adherentNumber)) {
            return Optional.empty(); // no company has such a number
        }
        AdherentNumber number = AdherentNumber.parse(adherentNumber);
        var hasDelegate = exists(selectOne().from(USER_ACCOUNT)
                .where(USER_ACCOUNT.COMPANY_ID.eq(COMPANY.ID), USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE)));
        var inProgress = exists(selectOne().from(COMPANY_SUBSCRIPTION)
                .join(ONE_TIME_LINK).on(ONE_TIME_LINK.ID.eq(COMPANY_SUBSCRIPTION.EMAIL_LINK_ID))
                .where(COMPANY_SUBSCRIPTION.COMPANY_ID.eq(COMPANY.ID))
                .and(COMPANY_SUBSCRIPTION.STATUS.in(IN_PROGRESS)
                        .or(COMPANY_SUBSCRIPTION.STATUS.eq(SubscriptionStatus.AWAITING_EMAIL)
                                .and(ONE_TIME_LINK.EXPIRES_AT.gt(utc(now))))));
        if (lock) {
            // the lock first, then the reading in a statement of its own: under read committed it then
            // sees what a transaction that held the lock before us committed
            dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(number))
                    .forUpdate().execute();
        }
        return dsl.select(COMPANY.ID, COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, COMPANY.RC_NUMBER,
                        COMPANY.PATENTE_NUMBER, COMPANY.WEBSITE, hasDelegate.as("has_delegate"), inProgress.as("in_progress"))
                .from(COMPANY)
                .where(COMPANY.ADHERENT_NUMBER.eq(number))
                .fetchOptional().map(r -> new Standing(r.value1(), r.value2().value(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8()));
    }

    @Override
    public String nextReference(int year) {
        Long number = dsl.select(COMPANY_SUBSCRIPTION_NUMBER.nextval()).fetchSingle().value1();
        return "AB%d-%06d".formatted(year, number);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String reference, long companyId, String language, SubscriptionForm form, String passwordHash,
                    long emailLinkId, Instant at) {
        ContactPerson head = form.head();
        ContactPerson delegate = form.delegate();
        dsl.insertInto(COMPANY_SUBSCRIPTION)
                .set(COMPANY_SUBSCRIPTION.REFERENCE, reference)
                .set(COMPANY_SUBSCRIPTION.COMPANY_ID, companyId)
                .set(COMPANY_SUBSCRIPTION.STATUS, SubscriptionStatus.AWAITING_EMAIL)
                .set(COMPANY_SUBSCRIPTION.LANGUAGE, language)
                .set(COMPANY_SUBSCRIPTION.RC_NUMBER, form.rcNumber())
                .set(COMPANY_SUBSCRIPTION.PATENTE_NUMBER, form.patenteNumber())
                .set(COMPANY_SUBSCRIPTION.WEBSITE, form.website())
                .set(COMPANY_SUBSCRIPTION.HEAD_CIVILITY, head.civility())
                .set(COMPANY_SUBSCRIPTION.HEAD_LAST_NAME, head.lastName())
                .set(COMPANY_SUBSCRIPTION.HEAD_FIRST_NAME, head.firstName())
                .set(COMPANY_SUBSCRIPTION.HEAD_FUNCTION, head.function())
                .set(COMPANY_SUBSCRIPTION.HEAD_DIRECT_PHONE, PhoneNumber.ofNullable(head.directPhone()))
                .set(COMPANY_SUBSCRIPTION.HEAD_LANDLINE_1, PhoneNumber.ofNullable(head.landline1()))
                .set(COMPANY_SUBSCRIPTION.HEAD_LANDLINE_2, PhoneNumber.ofNullable(head.landline2()))
                .set(COMPANY_SUBSCRIPTION.HEAD_FAX, PhoneNumber.ofNullable(head.fax()))
                .set(COMPANY_SUBSCRIPTION.HEAD_GSM, PhoneNumber.ofNullable(head.gsm()))
                .set(COMPANY_SUBSCRIPTION.HEAD_EMAIL, EmailAddress.ofNullable(head.email()))
                .set(COMPANY_SUBSCRIPTION.DELEGATE_CIVILITY, delegate.civility())
                .set(COMPANY_SUBSCRIPTION.DELEGATE_LAST_NAME, delegate.lastName())
                .set(COMPANY_SUBSCRIPTION.DELEGATE_FIRST_NAME, delegate.firstName())
                .set(COMPANY_SUBSCRIPTION.DELEGATE_FUNCTION, delegate.function())
                .set(COMPANY_SUBSCRIPTION.DELEGATE_DIRECT_PHONE, PhoneNumber.ofNullable(delegate.directPhone()))
                .set(COMPANY_SUBSCRIPTION.DELEGATE_GSM, PhoneNumber.ofNullable(delegate.gsm()))
                .set(COMPANY_SUBSCRIPTION.DELEGATE_FAX, PhoneNumber.ofNullable(delegate.fax()))
                .set(COMPANY_SUBSCRIPTION.DELEGATE_EMAIL, EmailAddress.ofNullable(delegate.email()))
                .set(COMPANY_SUBSCRIPTION.PASSWORD_HASH, passwordHash)
                .set(COMPANY_SUBSCRIPTION.EMAIL_LINK_ID, emailLinkId)
                .set(COMPANY_SUBSCRIPTION.APPLIED_AT, utc(at))
                .execute();
    }

    @Override
    public Optional<Stored> lockAwaitingEmail(long emailLinkId) {
        return select().where(COMPANY_SUBSCRIPTION.EMAIL_LINK_ID.eq(emailLinkId),
                        COMPANY_SUBSCRIPTION.STATUS.eq(SubscriptionStatus.AWAITING_EMAIL))
                .forUpdate().of(COMPANY_SUBSCRIPTION)
                .fetchOptional(JooqCompanySubscriptionRepository::stored);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmEmail(long id, String statusKeyHash, Instant at) {
        dsl.update(COMPANY_SUBSCRIPTION)
                .set(COMPANY_SUBSCRIPTION.STATUS, SubscriptionStatus.SUBMITTED)
                .set(COMPANY_SUBSCRIPTION.STATUS_KEY_HASH, statusKeyHash)
                .set(COMPANY_SUBSCRIPTION.EMAIL_CONFIRMED_AT, utc(at))
                .where(COMPANY_SUBSCRIPTION.ID.eq(id))
                .execute();
    }

    @Override
    public Optional<Subscription> findByReferenceAndKey(String reference, String statusKeyHash) {
        return select().where(COMPANY_SUBSCRIPTION.REFERENCE.eq(reference.strip()),
                        COMPANY_SUBSCRIPTION.STATUS_KEY_HASH.eq(statusKeyHash))
                .fetchOptional(row -> stored(row).subscription());
    }

    @Override
    public Optional<Stored> findByReference(String reference, boolean lock) {
        var query = select().where(COMPANY_SUBSCRIPTION.REFERENCE.eq(reference.strip()));
        return (lock ? query.forUpdate().of(COMPANY_SUBSCRIPTION).fetchOptional() : query.fetchOptional())
                .map(JooqCompanySubscriptionRepository::stored);
    }

    @Override
    public List<Subscription> list(@Nullable SubscriptionStatus status, int offset, int limit) {
        return select().where(statusIs(status))
                .orderBy(COMPANY_SUBSCRIPTION.APPLIED_AT.desc(), COMPANY_SUBSCRIPTION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(row -> stored(row).subscription());
    }

    @Override
    public int count(@Nullable SubscriptionStatus status) {
        return dsl.fetchCount(COMPANY_SUBSCRIPTION, statusIs(status));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markFormReceived(long id, Instant at, String requestReference, String by) {
        dsl.update(COMPANY_SUBSCRIPTION)
                .set(COMPANY_SUBSCRIPTION.FORM_RECEIVED_BY, by)
                .set(COMPANY_SUBSCRIPTION.STATUS, SubscriptionStatus.FORM_RECEIVED)
                .set(COMPANY_SUBSCRIPTION.FORM_RECEIVED_AT, utc(at))
                .set(COMPANY_SUBSCRIPTION.REQUEST_REFERENCE, requestReference)
                .where(COMPANY_SUBSCRIPTION.ID.eq(id))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markValidated(long id, Instant at, String by) {
        decide(id, SubscriptionStatus.VALIDATED, at, by, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markRejected(long id, Instant at, String by, String reason) {
        decide(id, SubscriptionStatus.REJECTED, at, by, reason);
    }

    private void decide(long id, SubscriptionStatus status, Instant at, String by, @Nullable String reason) {
        dsl.update(COMPANY_SUBSCRIPTION)
                .set(COMPANY_SUBSCRIPTION.STATUS, status)
                .set(COMPANY_SUBSCRIPTION.DECIDED_AT, utc(at))
                .set(COMPANY_SUBSCRIPTION.DECIDED_BY, by)
                .set(COMPANY_SUBSCRIPTION.REJECTION_REASON, reason)
                .setNull(COMPANY_SUBSCRIPTION.PASSWORD_HASH)
                .where(COMPANY_SUBSCRIPTION.ID.eq(id))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveCompanyDetails(long companyId, String rcNumber, String patenteNumber, @Nullable String website,
                                   ContactPerson head, Instant at) {
        dsl.update(COMPANY)
                .set(COMPANY.RC_NUMBER, rcNumber)
                .set(COMPANY.PATENTE_NUMBER, patenteNumber)
                .set(COMPANY.WEBSITE, website)
                .where(COMPANY.ID.eq(companyId))
                .execute();
        // the last validated subscription names the head: the same values inserted or updated
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(COMPANY_HEAD.CIVILITY, head.civility());
        values.put(COMPANY_HEAD.LAST_NAME, head.lastName());
        values.put(COMPANY_HEAD.FIRST_NAME, head.firstName());
        values.put(COMPANY_HEAD.FUNCTION, head.function());
        values.put(COMPANY_HEAD.DIRECT_PHONE, PhoneNumber.ofNullable(head.directPhone()));
        values.put(COMPANY_HEAD.LANDLINE_1, PhoneNumber.ofNullable(head.landline1()));
        values.put(COMPANY_HEAD.LANDLINE_2, PhoneNumber.ofNullable(head.landline2()));
        values.put(COMPANY_HEAD.FAX, PhoneNumber.ofNullable(head.fax()));
        values.put(COMPANY_HEAD.GSM, PhoneNumber.ofNullable(head.gsm()));
        values.put(COMPANY_HEAD.EMAIL, EmailAddress.ofNullable(head.email()));
        values.put(COMPANY_HEAD.UPDATED_AT, utc(at));
        dsl.insertInto(COMPANY_HEAD)
                .set(COMPANY_HEAD.COMPANY_ID, companyId)
                .set(values)
                .onConflict(COMPANY_HEAD.COMPANY_ID).doUpdate()
                .set(values)
                .execute();
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(COMPANY_SUBSCRIPTION.asterisk(), COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME,
                        ONE_TIME_LINK.EXPIRES_AT)
                .from(COMPANY_SUBSCRIPTION)
                .join(COMPANY).on(COMPANY.ID.eq(COMPANY_SUBSCRIPTION.COMPANY_ID))
                .join(ONE_TIME_LINK).on(ONE_TIME_LINK.ID.eq(COMPANY_SUBSCRIPTION.EMAIL_LINK_ID));
    }

    private static Condition statusIs(@Nullable SubscriptionStatus status) {
        return status == null ? noCondition() : COMPANY_SUBSCRIPTION.STATUS.eq(status);
    }

    private static Stored stored(Record row) {
        var s = COMPANY_SUBSCRIPTION;
        ContactPerson head = new ContactPerson(row.get(s.HEAD_CIVILITY), row.get(s.HEAD_LAST_NAME),
                row.get(s.HEAD_FIRST_NAME), row.get(s.HEAD_FUNCTION), PhoneNumber.dialledOf(row.get(s.HEAD_DIRECT_PHONE)),
                PhoneNumber.dialledOf(row.get(s.HEAD_LANDLINE_1)), PhoneNumber.dialledOf(row.get(s.HEAD_LANDLINE_2)), PhoneNumber.dialledOf(row.get(s.HEAD_FAX)), PhoneNumber.dialledOf(row.get(s.HEAD_GSM)),
                EmailAddress.textOf(row.get(s.HEAD_EMAIL)));
        ContactPerson delegate = new ContactPerson(row.get(s.DELEGATE_CIVILITY), row.get(s.DELEGATE_LAST_NAME),
                row.get(s.DELEGATE_FIRST_NAME), row.get(s.DELEGATE_FUNCTION), PhoneNumber.dialledOf(row.get(s.DELEGATE_DIRECT_PHONE)),
                null, null, PhoneNumber.dialledOf(row.get(s.DELEGATE_FAX)), PhoneNumber.dialledOf(row.get(s.DELEGATE_GSM)), EmailAddress.textOf(row.get(s.DELEGATE_EMAIL)));
        Subscription subscription = new Subscription(row.get(s.REFERENCE), row.get(COMPANY.ADHERENT_NUMBER).value(),
                row.get(COMPANY.LEGAL_NAME), row.get(s.STATUS), row.get(s.LANGUAGE),
                row.get(s.RC_NUMBER), row.get(s.PATENTE_NUMBER), row.get(s.WEBSITE), head, delegate,
                // applied_at is not null, and so is the link's expires_at (an inner join on the not-null link id)
                row.get(s.APPLIED_AT).toInstant(), row.get(ONE_TIME_LINK.EXPIRES_AT).toInstant(),
                instant(row.get(s.EMAIL_CONFIRMED_AT)), instant(row.get(s.FORM_RECEIVED_AT)),
                row.get(s.REQUEST_REFERENCE), instant(row.get(s.DECIDED_AT)), row.get(s.DECIDED_BY),
                row.get(s.REJECTION_REASON));
        return new Stored(row.get(s.ID), row.get(s.COMPANY_ID), row.get(s.PASSWORD_HASH), row.get(s.FORM_RECEIVED_BY),
                subscription);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
