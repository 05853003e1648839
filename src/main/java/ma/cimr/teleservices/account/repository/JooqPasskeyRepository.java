package ma.cimr.teleservices.account.repository;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static ma.cimr.teleservices.jooq.Tables.PASSKEY;
import static ma.cimr.teleservices.jooq.Tables.PASSKEY_USER;
import static org.jooq.impl.DSL.select;

@Repository
class JooqPasskeyRepository implements PasskeyRepository {

    private final DSLContext dsl;

    JooqPasskeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<StoredPasskey> findByAccount(long accountId) {
        return dsl.select(PASSKEY.CREDENTIAL_ID, PASSKEY.LABEL, PASSKEY.CREATED_AT, PASSKEY.LAST_USED_AT).from(PASSKEY)
                .where(PASSKEY.ACCOUNT_ID.eq(accountId))
                .orderBy(PASSKEY.CREATED_AT, PASSKEY.LABEL)
                .fetch(r -> new StoredPasskey(r.value1(), r.value2(), r.value3().toInstant(), r.value4().toInstant()));
    }

    @Override
    public boolean delete(long accountId, byte[] credentialId) {
        return dsl.deleteFrom(PASSKEY).where(PASSKEY.ACCOUNT_ID.eq(accountId).and(PASSKEY.CREDENTIAL_ID.eq(credentialId)))
                .execute() == 1;
    }

    // --- Spring Security's UserCredentialRepository

    @Override
    public void delete(Bytes credentialId) {
        dsl.deleteFrom(PASSKEY).where(PASSKEY.CREDENTIAL_ID.eq(credentialId.getBytes())).execute();
    }

    /** A new passkey, or the counter and last use of a known one after an assertion. */
    @Override
    public void save(CredentialRecord record) {
        var lastUsed = (record.getLastUsed() == null ? Instant.now() : record.getLastUsed()).atOffset(ZoneOffset.UTC);
        var created = (record.getCreated() == null ? Instant.now() : record.getCreated()).atOffset(ZoneOffset.UTC);
        String transports = record.getTransports() == null ? "" : record.getTransports().stream()
                .map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(","));
        dsl.insertInto(PASSKEY)
                .set(PASSKEY.CREDENTIAL_ID, record.getCredentialId().getBytes())
                .set(PASSKEY.ACCOUNT_ID, select(PASSKEY_USER.ACCOUNT_ID).from(PASSKEY_USER)
                        .where(PASSKEY_USER.USER_HANDLE.eq(record.getUserEntityUserId().getBytes())))
                .set(PASSKEY.LABEL, record.getLabel())
                .set(PASSKEY.PUBLIC_KEY, record.getPublicKey().getBytes())
                .set(PASSKEY.SIGNATURE_COUNT, record.getSignatureCount())
                .set(PASSKEY.UV_INITIALIZED, record.isUvInitialized())
                .set(PASSKEY.BACKUP_ELIGIBLE, record.isBackupEligible())
                .set(PASSKEY.BACKUP_STATE, record.isBackupState())
                .set(PASSKEY.TRANSPORTS, transports)
                .set(PASSKEY.ATTESTATION_OBJECT, bytes(record.getAttestationObject()))
                .set(PASSKEY.ATTESTATION_CLIENT_DATA_JSON, bytes(record.getAttestationClientDataJSON()))
                .set(PASSKEY.CREATED_AT, created)
                .set(PASSKEY.LAST_USED_AT, lastUsed)
                .onConflict(PASSKEY.CREDENTIAL_ID).doUpdate()
                .set(PASSKEY.SIGNATURE_COUNT, record.getSignatureCount())
                .set(PASSKEY.UV_INITIALIZED, record.isUvInitialized())
                .set(PASSKEY.BACKUP_STATE, record.isBackupState())
                .set(PASSKEY.LAST_USED_AT, lastUsed)
                .execute();
    }

    @Override
    public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
        return dsl.select(PASSKEY.fields()).select(PASSKEY_USER.USER_HANDLE).from(PASSKEY)
                .join(PASSKEY_USER).on(PASSKEY_USER.ACCOUNT_ID.eq(PASSKEY.ACCOUNT_ID))
                .where(PASSKEY.CREDENTIAL_ID.eq(credentialId.getBytes()))
                .fetchOptional(JooqPasskeyRepository::credential).orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return dsl.select(PASSKEY.fields()).select(PASSKEY_USER.USER_HANDLE).from(PASSKEY)
                .join(PASSKEY_USER).on(PASSKEY_USER.ACCOUNT_ID.eq(PASSKEY.ACCOUNT_ID))
                .where(PASSKEY_USER.USER_HANDLE.eq(userId.getBytes()))
                .orderBy(PASSKEY.CREATED_AT)
                .fetch(JooqPasskeyRepository::credential);
    }

    private static CredentialRecord credential(Record r) {
        String transports = r.get(PASSKEY.TRANSPORTS);
        return ImmutableCredentialRecord.builder()
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .credentialId(new Bytes(r.get(PASSKEY.CREDENTIAL_ID)))
                .userEntityUserId(new Bytes(r.get(PASSKEY_USER.USER_HANDLE)))
                .publicKey(new ImmutablePublicKeyCose(r.get(PASSKEY.PUBLIC_KEY)))
                .signatureCount(r.get(PASSKEY.SIGNATURE_COUNT))
                .uvInitialized(r.get(PASSKEY.UV_INITIALIZED))
                .backupEligible(r.get(PASSKEY.BACKUP_ELIGIBLE))
                .backupState(r.get(PASSKEY.BACKUP_STATE))
                .transports(transports.isEmpty() ? java.util.Set.of() : Arrays.stream(transports.split(","))
                        .map(AuthenticatorTransport::valueOf).collect(Collectors.toSet()))
                .attestationObject(new Bytes(r.get(PASSKEY.ATTESTATION_OBJECT)))
                .attestationClientDataJSON(new Bytes(r.get(PASSKEY.ATTESTATION_CLIENT_DATA_JSON)))
                .label(r.get(PASSKEY.LABEL))
                .created(r.get(PASSKEY.CREATED_AT).toInstant())
                .lastUsed(r.get(PASSKEY.LAST_USED_AT).toInstant())
                .build();
    }

    private static byte[] bytes(@Nullable Bytes bytes) {
        return bytes == null ? new byte[0] : bytes.getBytes();
    }
}
