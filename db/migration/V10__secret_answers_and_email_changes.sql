-- Whether an account's e-mail address was ever proven by a link sent to it. Recovery codes and
-- forgotten logins only ever go to a proven address; an unproven one may be somebody else's.
alter table user_account add column email_confirmed_at timestamptz;

-- Accounts already active through a link (affiliates' subscriptions, activated logins) proved it.
update user_account u set email_confirmed_at = u.created_at
where u.email is not null
  and (u.kind = 'AFFILIATE'
       or exists (select 1 from account_activation a where a.account_id = u.id and a.used_at is not null));

-- The secret questions a téléservice user answers when they forgot their password (chosen with
-- their administrator, as the fund's guide has it). Only a hash of the normalised answer is kept:
-- case, accents and spacing do not matter to the person typing, and a copy of the table reveals
-- no answer. Answers are one factor of two: recovery also needs a code sent to the e-mail.
create table account_secret_answer (
    account_id   bigint   not null references user_account (id) on delete cascade,
    position     smallint not null check (position between 1 and 3),
    question     text     not null check (length(trim(question)) between 5 and 200),
    answer_hash  text     not null,
    primary key (account_id, position)
);

-- A new e-mail address waits for its link to be opened; the old one stays in force until then.
create table email_change (
    id          bigint      generated always as identity primary key,
    account_id  bigint      not null references user_account (id) on delete cascade,
    new_email   text        not null check (new_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    token_hash  text        not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    check (expires_at > created_at)
);
create index email_change_account_idx on email_change (account_id);
