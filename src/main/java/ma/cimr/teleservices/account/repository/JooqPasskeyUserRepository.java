package ma.cimr.teleservices.account.repository;

import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.stereotype.Repository;

import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.PASSKEY_USER;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.select;

@Repository
class JooqPasskeyUserRepository implements PasskeyUserRepository {

    private final DSLContext dsl;

    JooqPasskeyUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findById(Bytes id) {
        return dsl.select(USER_ACCOUNT.LOGIN, PASSKEY_USER.USER_HANDLE).from(PASSKEY_USER)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(PASSKEY_USER.ACCOUNT_ID))
                .where(PASSKEY_USER.USER_HANDLE.eq(id.getBytes()))
                .fetchOptional(r -> userEntity(r.value1(), r.value2())).orElse(null);
    }

    @Override
    public @Nullable PublicKeyCredentialUserEntity findByUsername(String username) {
        return dsl.select(USER_ACCOUNT.LOGIN, PASSKEY_USER.USER_HANDLE).from(PASSKEY_USER)
                .join(USER_ACCOUNT).on(USER_ACCOUNT.ID.eq(PASSKEY_USER.ACCOUNT_ID))
                .where(lower(USER_ACCOUNT.LOGIN).eq(username.toLowerCase(Locale.ROOT)))
                .fetchOptional(r -> userEntity(r.value1(), r.value2())).orElse(null);
    }

    @Override
    public void save(PublicKeyCredentialUserEntity userEntity) {
        dsl.insertInto(PASSKEY_USER)
                .set(PASSKEY_USER.ACCOUNT_ID, select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                        .where(lower(USER_ACCOUNT.LOGIN).eq(userEntity.getName().toLowerCase(Locale.ROOT))))
                .set(PASSKEY_USER.USER_HANDLE, userEntity.getId().getBytes())
                .onConflictDoNothing()
                .execute();
    }

    /** The user handle stays with the account (its passkeys name it); nothing deletes it but the account. */
    @Override
    public void delete(Bytes id) {
        dsl.deleteFrom(PASSKEY_USER).where(PASSKEY_USER.USER_HANDLE.eq(id.getBytes())).execute();
    }

    @Override
    public long accountOf(Bytes userHandle) {
        return dsl.select(PASSKEY_USER.ACCOUNT_ID).from(PASSKEY_USER).where(PASSKEY_USER.USER_HANDLE.eq(userHandle.getBytes()))
                .fetchOptional(PASSKEY_USER.ACCOUNT_ID).orElse(-1L);
    }

    private static PublicKeyCredentialUserEntity userEntity(String login, byte[] handle) {
        return ImmutablePublicKeyCredentialUserEntity.builder().name(login).displayName(login).id(new Bytes(handle)).build();
    }
}
