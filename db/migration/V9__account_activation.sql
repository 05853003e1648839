-- Logins created by a company's user administrator start PENDING: the delegate never sees or
-- chooses the password; the user gets a one-time activation link and chooses it themselves.
alter table user_account drop constraint user_account_status_check;
alter table user_account add constraint user_account_status_check check (status in ('PENDING', 'ACTIVE', 'SUSPENDED'));

create table account_activation (
    id          bigint      generated always as identity primary key,
    account_id  bigint      not null references user_account (id) on delete cascade,
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);
create index account_activation_account_idx on account_activation (account_id);
