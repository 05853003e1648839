-- Subscription to the affiliate space: the person proves who they are (matricule, CIN, birth
-- date) and that the e-mail address is theirs (a one-time link); only the link's hash is kept.
create table affiliate_subscription (
    id            bigint      generated always as identity primary key,
    affiliate_id  bigint      not null references affiliate (id),
    email         text        not null,
    token_hash    text        not null unique,
    requested_at  timestamptz not null,
    expires_at    timestamptz not null,
    confirmed_at  timestamptz,
    check (expires_at > requested_at)
);
create index affiliate_subscription_affiliate_idx on affiliate_subscription (affiliate_id);
