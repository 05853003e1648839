-- What issues 12 and 13 share (DD032): the bank the fund talks to, and the life of a pension in
-- payment between the retiree's space, the claims and the monthly run.

-- Every message the portal sends to a bank, as sent: an ISO 20022 credit-transfer file (pain.001)
-- validated against its schema before it leaves. The purpose says which feature answers for it: a
-- company's E@sypaiement order, or one bank's share of the monthly pension run.
create table bank_message (
    id            bigint generated always as identity primary key,
    message_id    text          not null unique check (length(message_id) between 1 and 35),
    purpose       text          not null check (purpose in ('COMPANY_PAYMENT', 'PENSION_RUN')),
    bank_code     text          not null check (bank_code ~ '^[0-9]{3}$'),
    execution_date date         not null,
    transfers     integer       not null check (transfers > 0),
    control_sum   numeric(16, 2) not null check (control_sum > 0),
    content       bytea         not null,
    sent_at       timestamptz   not null
);

-- The bank's answers, one per transfer and outcome, as they come back (later, asynchronously). A
-- transfer is confirmed or rejected once, and a confirmed one may later be returned (a closed
-- account): the unique key makes an answer delivered twice count once. delivered_at is set in the
-- same transaction as the feature that acted on it, so an answer is acted on exactly once.
create table bank_answer (
    id            bigint generated always as identity primary key,
    message_id    text          not null references bank_message (message_id),
    end_to_end_id text          not null check (length(end_to_end_id) between 1 and 35),
    outcome       text          not null check (outcome in ('CONFIRMED', 'REJECTED', 'RETURNED')),
    reason        text,
    value_date    date          not null,
    answered_at   timestamptz   not null,
    delivered_at  timestamptz,
    unique (message_id, end_to_end_id, outcome)
);
create index bank_answer_undelivered_idx on bank_answer (answered_at) where delivered_at is null;

-- A pension is suspended (a supporting document missing after its grace period, the bank returning
-- the payments) from a day and for a reason the retiree is told; the monthly run skips it and
-- records why. When it resumes, the months it was suspended are paid as arrears by the next run.
alter table retiree add column suspended_since date;
alter table retiree add column suspension_reason text
    check (suspension_reason in ('PROOF_OF_LIFE', 'NON_REMARRIAGE', 'SCHOOLING', 'BANK_RETURN', 'OTHER'));
alter table retiree add constraint retiree_suspension_check
    check ((suspended_since is null) = (suspension_reason is null));
-- The day the RAHATI card was activated: the charter's allocataires n°2 clock (first pension within
-- 4 business days) starts there. Null for a bank transfer, or a card not yet activated.
alter table retiree add column rahati_card_activated_on date;

-- Why a month was not paid, or came back: shown to the retiree with what to do.
alter table pension_payment add column reason text;
