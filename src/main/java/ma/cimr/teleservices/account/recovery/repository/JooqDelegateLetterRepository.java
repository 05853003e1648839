package ma.cimr.teleservices.account.recovery.repository;

import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.account.recovery.CompanyDelegate;
import ma.cimr.teleservices.account.recovery.DelegateLetter;
import ma.cimr.teleservices.account.recovery.DelegateLetterKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.DELEGATE_LETTER;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqDelegateLetterRepository implements DelegateLetterRepository {

    private final org.jooq.DSLContext dsl;

    JooqDelegateLetterRepository(org.jooq.DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<CompanyDelegate> findCompany(String adherentNumber) {
        return dsl.select(COMPANY.ID, COMPANY.ADHERENT_NUMBER, COMPANY.LEGAL_NAME, USER_ACCOUNT.ID, USER_ACCOUNT.LOGIN,
                        USER_ACCOUNT.DISPLAY_NAME, USER_ACCOUNT.EMAIL, USER_ACCOUNT.EMAIL_CONFIRMED_AT,
                        USER_ACCOUNT.PREFERRED_LOCALE)
                .from(COMPANY)
                .leftJoin(USER_ACCOUNT).on(USER_ACCOUNT.COMPANY_ID.eq(COMPANY.ID),
                        USER_ACCOUNT.KIND.eq(AccountKind.DELEGATE))
                .where(COMPANY.ADHERENT_NUMBER.eq(AdherentNumber.parse(adherentNumber)))
                // one delegate per company; should there be two, the oldest answers for it
                .orderBy(USER_ACCOUNT.ID)
                .limit(1)
                .fetchOptional(row -> new CompanyDelegate(row.get(COMPANY.ID), row.get(COMPANY.ADHERENT_NUMBER).value(),
                        row.get(COMPANY.LEGAL_NAME), row.get(USER_ACCOUNT.ID), row.get(USER_ACCOUNT.LOGIN),
                        row.get(USER_ACCOUNT.DISPLAY_NAME), EmailAddress.textOf(row.get(USER_ACCOUNT.EMAIL)),
                        row.get(USER_ACCOUNT.EMAIL) != null && row.get(USER_ACCOUNT.EMAIL_CONFIRMED_AT) != null,
                        row.get(USER_ACCOUNT.PREFERRED_LOCALE)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long addLetter(long companyId, DelegateLetterKind kind, LocalDate receivedOn, @Nullable String newEmail,
                          String requestReference, String recordedBy, Instant at) {
        return dsl.insertInto(DELEGATE_LETTER)
                .set(DELEGATE_LETTER.COMPANY_ID, companyId)
                .set(DELEGATE_LETTER.KIND, kind)
                .set(DELEGATE_LETTER.RECEIVED_ON, receivedOn)
                .set(DELEGATE_LETTER.NEW_EMAIL, EmailAddress.ofNullable(newEmail))
                .set(DELEGATE_LETTER.REQUEST_REFERENCE, requestReference)
                .set(DELEGATE_LETTER.RECORDED_BY, recordedBy)
                .set(DELEGATE_LETTER.RECORDED_AT, at(at))
                .returning(DELEGATE_LETTER.ID)
                .fetchSingle()
                .getId();
    }

    @Override
    public List<DelegateLetter> lettersOf(long companyId) {
        return dsl.selectFrom(DELEGATE_LETTER)
                .where(DELEGATE_LETTER.COMPANY_ID.eq(companyId))
                .orderBy(DELEGATE_LETTER.RECORDED_AT.desc(), DELEGATE_LETTER.ID.desc())
                .fetch(row -> new DelegateLetter(row.getId(), row.getKind(),
                        row.getReceivedOn(), EmailAddress.textOf(row.getNewEmail()), row.getRequestReference(), row.getRecordedBy(),
                        row.getRecordedAt().toInstant(), row.getProcessedBy(),
                        row.getProcessedAt() == null ? null : row.getProcessedAt().toInstant(), null));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PendingLetter> lockPending(long letterId) {
        return dsl.select(DELEGATE_LETTER.ID, DELEGATE_LETTER.COMPANY_ID, COMPANY.ADHERENT_NUMBER, DELEGATE_LETTER.KIND,
                        DELEGATE_LETTER.NEW_EMAIL, DELEGATE_LETTER.REQUEST_REFERENCE)
                .from(DELEGATE_LETTER)
                .join(COMPANY).on(COMPANY.ID.eq(DELEGATE_LETTER.COMPANY_ID))
                .where(DELEGATE_LETTER.ID.eq(letterId), DELEGATE_LETTER.PROCESSED_AT.isNull())
                .forUpdate().of(DELEGATE_LETTER)
                .fetchOptional(row -> new PendingLetter(row.value1(), row.value2(), row.value3().value(),
                        row.value4(), EmailAddress.textOf(row.value5()), row.value6()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void markProcessed(long letterId, String processedBy, Instant at) {
        dsl.update(DELEGATE_LETTER)
                .set(DELEGATE_LETTER.PROCESSED_BY, processedBy)
                .set(DELEGATE_LETTER.PROCESSED_AT, at(at))
                .where(DELEGATE_LETTER.ID.eq(letterId))
                .execute();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordResetLink(long letterId, long linkId) {
        dsl.update(DELEGATE_LETTER).set(DELEGATE_LETTER.RESET_LINK_ID, linkId).where(DELEGATE_LETTER.ID.eq(letterId))
                .execute();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
