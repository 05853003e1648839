-- Credential recovery (DD014).
--
-- A forgotten password: every request gets an attempt row, whether the typed login exists or
-- not, so the pages and the counters behave the same for a login that does not exist: its code
-- was never sent and can never match. Only hashes are kept: of the handle the page holds (SHA-256)
-- and of the e-mailed code (bcrypt: a code is short, a plain hash of it would be reversed at once).
create table password_recovery (
    id               bigint      generated always as identity primary key,
    handle_hash      text        not null unique,
    -- the login as typed, for the audit trail
    typed_login      text        not null,
    -- the account that login names, if any; its code was sent only when code_sent
    account_id       bigint      references user_account (id) on delete cascade,
    code_sent        boolean     not null,
    code_hash        text        not null,
    created_at       timestamptz not null,
    expires_at       timestamptz not null,
    code_failures    smallint    not null default 0 check (code_failures >= 0),
    verified_at      timestamptz,
    answer_failures  smallint    not null default 0 check (answer_failures >= 0),
    closed_at        timestamptz,
    outcome          text        check (outcome in ('RESET', 'VOIDED', 'REPLACED')),
    check ((closed_at is null) = (outcome is null)),
    check (account_id is not null or not code_sent),
    check (expires_at > created_at)
);
create index password_recovery_account_idx on password_recovery (account_id, created_at) where account_id is not null;

-- A forgotten login: the logins are e-mailed to the confirmed address typed. Only the address's
-- hash is kept, to cap how many reminders one mailbox receives a day.
create table login_reminder (
    id            bigint      generated always as identity primary key,
    address_hash  text        not null,
    sent_at       timestamptz not null
);
create index login_reminder_address_idx on login_reminder (address_hash, sent_at);

-- A signed and stamped letter from a member company about its user administrator (délégué),
-- received by the Agence Virtuelle and filed as a service request (the charter's deadline).
create table delegate_letter (
    id                 bigint      generated always as identity primary key,
    company_id         bigint      not null references company (id),
    kind               text        not null check (kind in ('PASSWORD_RESET', 'EMAIL_UPDATE')),
    received_on        date        not null,
    -- the address written on an e-mail update letter
    new_email          text,
    request_reference  text        not null,
    recorded_by        text        not null,
    recorded_at        timestamptz not null,
    processed_by       text,
    processed_at       timestamptz,
    check ((kind = 'EMAIL_UPDATE') = (new_email is not null)),
    check ((processed_by is null) = (processed_at is null))
);
create index delegate_letter_company_idx on delegate_letter (company_id, recorded_at desc);

-- The one-time link a delegate receives after a reset letter, to choose a new password themselves:
-- staff trigger it and never see it; only its SHA-256 is kept.
create table password_reset_link (
    id          bigint      generated always as identity primary key,
    account_id  bigint      not null references user_account (id) on delete cascade,
    letter_id   bigint      not null references delegate_letter (id),
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);
create index password_reset_link_account_idx on password_reset_link (account_id);
