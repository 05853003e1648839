package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.security.Teleservice;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.AccountStatus;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import ma.cimr.teleservices.account.SecretAnswers;
import ma.cimr.teleservices.account.SecretQuestion;
import org.jooq.DSLContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

/**
 * The accounts the recovery tests attack, made for them and removed after them, so that no demo
 * account's password ever changes under another test. Built by each test from its autowired beans:
 * a test class must not add beans to the one test context.
 */
final class RecoveryAccounts {

    static final String OLD_PASSWORD = "ancien mot de passe de 2025";
    static final String QUESTION_1 = "Ville de naissance de votre père ?";
    static final String QUESTION_2 = "Nom de votre premier employeur ?";
    /** As they were set: the tests type them in other cases and without accents. */
    static final List<String> ANSWERS = List.of("Fès", "Conserverie Atlas");

    private final DSLContext dsl;
    private final PasswordEncoder encoder;
    private final SecretAnswers secretAnswers;

    RecoveryAccounts(DSLContext dsl, PasswordEncoder encoder, SecretAnswers secretAnswers) {
        this.dsl = dsl;
        this.encoder = encoder;
        this.secretAnswers = secretAnswers;
    }

    /** A user of Atlas Conserves' "compte adhérent" téléservice, with a proven address and two secret questions. */
    long companyUser(String login, String email) {
        long id = companyUser(login, email, true);
        secretAnswers.replace(id, List.of(new SecretQuestion(QUESTION_1, ANSWERS.get(0)),
                new SecretQuestion(QUESTION_2, ANSWERS.get(1))));
        return id;
    }

    /** The same without secret questions; {@code email} may be null, {@code confirmed} false. */
    long companyUser(String login, String email, boolean confirmed) {
        long companyId = dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ADHERENT_NUMBER.eq(new AdherentNumber("100234"))).fetchSingle().value1();
        long id = dsl.insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN, login)
                .set(USER_ACCOUNT.PASSWORD_HASH, encoder.encode(OLD_PASSWORD))
                .set(USER_ACCOUNT.KIND, AccountKind.COMPANY_USER)
                .set(USER_ACCOUNT.DISPLAY_NAME, "Test " + login)
                .set(USER_ACCOUNT.EMAIL, EmailAddress.ofNullable(email))
                .set(USER_ACCOUNT.EMAIL_CONFIRMED_AT, confirmed && email != null ? OffsetDateTime.now(ZoneOffset.UTC) : null)
                .set(USER_ACCOUNT.COMPANY_ID, companyId)
                .set(USER_ACCOUNT.TELESERVICE, Teleservice.COMPANY_ACCOUNT)
                .returning(USER_ACCOUNT.ID)
                .fetchSingle()
                .getId();
        dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, id).set(ACCOUNT_ROLE.ROLE, Role.COMPANY_ACCOUNT).execute();
        return id;
    }

    void lock(String login, Instant until) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.FAILED_LOGINS, 9)
                .set(USER_ACCOUNT.LOCKED_UNTIL, until.truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC))
                .where(USER_ACCOUNT.LOGIN.eq(login)).execute();
    }

    void suspend(String login) {
        dsl.update(USER_ACCOUNT).set(USER_ACCOUNT.STATUS, AccountStatus.SUSPENDED).where(USER_ACCOUNT.LOGIN.eq(login)).execute();
    }

    boolean hasPassword(String login, String password) {
        return encoder.matches(password, dsl.select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.eq(login)).fetchSingle().value1());
    }

    void remove(String... logins) {
        dsl.deleteFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.in(logins)).execute();
    }
}
