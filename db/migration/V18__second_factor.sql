-- A second factor for the accounts where money and administration are (DD021): a TOTP secret per
-- account, sealed with AES-GCM by the application (the database never sees it in clear), and ten
-- recovery codes kept as hashes. A secret shown at enrolment waits in pending_secret until a code
-- made from it proves the person's authenticator holds it.
create table second_factor (
    account_id     bigint primary key references user_account (id) on delete cascade,
    secret         bytea,
    pending_secret bytea,
    -- the highest 30-second step whose code was accepted: a code is usable once, and none older
    last_used_step bigint not null default 0,
    confirmed_at   timestamptz,
    check ((secret is null) = (confirmed_at is null))
);

create table recovery_code (
    id         bigint generated always as identity primary key,
    account_id bigint not null references user_account (id) on delete cascade,
    code_hash  text   not null,
    used_at    timestamptz
);
create index recovery_code_unused_idx on recovery_code (account_id) where used_at is null;
