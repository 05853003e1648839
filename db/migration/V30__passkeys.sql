-- Passkeys (WebAuthn) as a second factor (DD031). An account's WebAuthn user handle is a random
-- 64-byte id the authenticators store instead of the login (the specification says it must not
-- name the person); each passkey is a public key, so nothing here is a secret. Spring Security's
-- relying-party code reads and writes these rows through our repository.
create table passkey_user (
    account_id  bigint primary key references user_account (id) on delete cascade,
    user_handle bytea not null unique
);

create table passkey (
    credential_id                bytea primary key,
    account_id                   bigint      not null references user_account (id) on delete cascade,
    label                        text        not null,
    public_key                   bytea       not null,
    -- the authenticator's counter: a clone shows an older one (webauthn4j checks it)
    signature_count              bigint      not null,
    uv_initialized               boolean     not null,
    backup_eligible              boolean     not null,
    backup_state                 boolean     not null,
    transports                   text        not null default '',
    attestation_object           bytea       not null,
    attestation_client_data_json bytea       not null,
    created_at                   timestamptz not null,
    last_used_at                 timestamptz not null
);
create index passkey_account_idx on passkey (account_id);
