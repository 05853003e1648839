-- One-time links (DD017): the five links the portal e-mails (activation, e-mail change, password
-- reset after a letter, an affiliate's enrolment, a company's subscription) are one concept: a
-- purpose, the SHA-256 of a secret sent once, what it acts on, an expiry, and a single use. One
-- table holds them all; what a process needs besides the link (the new address of an e-mail
-- change, the affiliate and address of an enrolment, the subscription's form) stays in the
-- process's own table, which points at its link.
create table one_time_link (
    id          bigint      generated always as identity primary key,
    purpose     text        not null check (purpose in ('ACCOUNT_ACTIVATION', 'EMAIL_CHANGE', 'PASSWORD_RESET',
                                                        'AFFILIATE_ENROLMENT', 'COMPANY_SUBSCRIPTION')),
    token_hash  text        not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    -- the account the link acts on; none yet for an enrolment or a company's subscription
    account_id  bigint      references user_account (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    -- opened and acted on: the link never works again
    used_at     timestamptz,
    -- replaced by a newer link, or cancelled with its account's access, before anybody opened it
    revoked_at  timestamptz,
    check (expires_at > created_at),
    check (used_at is null or revoked_at is null),
    check ((purpose in ('ACCOUNT_ACTIVATION', 'EMAIL_CHANGE', 'PASSWORD_RESET')) = (account_id is not null))
);
create index one_time_link_account_idx on one_time_link (account_id, purpose) where account_id is not null;

-- Every link moves, spent ones too (their dates are the processes' history); a spent activation,
-- e-mail change or reset was marked used, whether opened or cancelled: it stays used.
insert into one_time_link (purpose, token_hash, account_id, created_at, expires_at, used_at)
select 'ACCOUNT_ACTIVATION', token_hash, account_id, created_at, expires_at, used_at
from account_activation;

insert into one_time_link (purpose, token_hash, account_id, created_at, expires_at, used_at)
select 'EMAIL_CHANGE', token_hash, account_id, created_at, expires_at, used_at
from email_change;

insert into one_time_link (purpose, token_hash, account_id, created_at, expires_at, used_at)
select 'PASSWORD_RESET', token_hash, account_id, created_at, expires_at, used_at
from password_reset_link;

insert into one_time_link (purpose, token_hash, created_at, expires_at, used_at)
select 'AFFILIATE_ENROLMENT', token_hash, requested_at, expires_at, confirmed_at
from affiliate_subscription;

insert into one_time_link (purpose, token_hash, created_at, expires_at, used_at)
select 'COMPANY_SUBSCRIPTION', email_token_hash, applied_at, email_token_expires_at, email_confirmed_at
from company_subscription;

-- Activation: the link is all there is.
drop table account_activation;

-- Password reset: the letter that led to the link remembers it.
alter table delegate_letter add column reset_link_id bigint references one_time_link (id) on delete set null;
update delegate_letter d set reset_link_id = l.id
from password_reset_link r join one_time_link l on l.token_hash = r.token_hash
where r.letter_id = d.id;
alter table delegate_letter add check (kind = 'PASSWORD_RESET' or reset_link_id is null);
drop table password_reset_link;

-- E-mail change: the new address, keyed by its link (the account is the link's).
create table email_change_new (
    link_id    bigint primary key references one_time_link (id) on delete cascade,
    new_email  text   not null check (new_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
insert into email_change_new (link_id, new_email)
select l.id, e.new_email from email_change e join one_time_link l on l.token_hash = e.token_hash;
drop table email_change;
alter table email_change_new rename to email_change;
alter table email_change rename constraint email_change_new_pkey to email_change_pkey;

-- An affiliate opening their space (enrolment, DD018): who and where, keyed by the link.
create table affiliate_enrolment (
    link_id       bigint primary key references one_time_link (id) on delete cascade,
    affiliate_id  bigint not null references affiliate (id),
    email         text   not null
);
create index affiliate_enrolment_affiliate_idx on affiliate_enrolment (affiliate_id);
insert into affiliate_enrolment (link_id, affiliate_id, email)
select l.id, s.affiliate_id, s.email
from affiliate_subscription s join one_time_link l on l.token_hash = s.token_hash;
drop table affiliate_subscription;

-- A company's subscription: the link that confirms the delegate's e-mail.
alter table company_subscription add column email_link_id bigint unique references one_time_link (id);
update company_subscription s set email_link_id = l.id
from one_time_link l where l.token_hash = s.email_token_hash;
alter table company_subscription alter column email_link_id set not null;
alter table company_subscription drop column email_token_hash, drop column email_token_expires_at;

-- The charter's request type keeps its code (data the charter's figures are kept under); its label
-- says what the affiliate does: open their space, not subscribe as a company does (DD018).
update request_type
set label_fr = 'Ouverture de l''espace affilié',
    label_ar = 'فتح فضاء المنخرط',
    label_en = 'Opening of the affiliate space'
where code = 'AFFILIATE_SUBSCRIPTION';
