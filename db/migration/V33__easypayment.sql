-- E@sypaiement (issue 12, DD033): a company's payment order, from its orderer to the fund's bank
-- account, executed only after the confirmations the company chose, and exactly once.

-- One payment order: the company's account to debit, the day the bank executes it, the total of its
-- periods. AWAITING until its last confirmation (or its withdrawal, rejection, expiry); SENT once the
-- portal gave it to the bank; PAID or BANK_REJECTED by the bank's answer. version counts the orderer's
-- changes: a validator confirms the version they saw.
create table payment_order (
    id                  bigint generated always as identity primary key,
    company_id          bigint        not null references company (id),
    orderer_account_id  bigint        not null references user_account (id),
    orderer_login       text          not null,
    debtor_rib          text          not null check (debtor_rib ~ '^[0-9]{24}$'),
    execution_date      date          not null,
    amount              numeric(14, 2) not null check (amount > 0),
    status              text          not null default 'AWAITING'
        check (status in ('AWAITING', 'WITHDRAWN', 'REJECTED', 'EXPIRED', 'SENT', 'PAID', 'BANK_REJECTED')),
    version             integer       not null default 1 check (version > 0),
    created_at          timestamptz   not null,
    changed_at          timestamptz   not null,
    expires_at          timestamptz   not null,
    -- who withdrew or rejected it, when and why; the bank's reason when it rejected it
    closed_by           text,
    closed_at           timestamptz,
    reason              text,
    bank_value_date     date,
    check ((status in ('REJECTED', 'BANK_REJECTED')) <= (reason is not null))
);
create index payment_order_company_idx on payment_order (company_id, created_at desc);
create index payment_order_awaiting_idx on payment_order (expires_at) where status = 'AWAITING';

-- The due periods an order settles and how much of it goes to each.
create table payment_order_period (
    order_id    bigint        not null references payment_order (id) on delete cascade,
    -- as the company reads it: 2026-11 for a month, 2026-T4 for a quarter
    due_period  text          not null check (due_period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|T[1-4])$'),
    amount      numeric(14, 2) not null check (amount > 0),
    primary key (order_id, due_period)
);

-- Who confirmed which version of an order: one confirmation per validator and order.
create table payment_order_confirmation (
    order_id             bigint      not null references payment_order (id) on delete cascade,
    validator_account_id bigint      not null references user_account (id),
    validator_login      text        not null,
    version              integer     not null,
    confirmed_at         timestamptz not null,
    primary key (order_id, validator_account_id)
);

-- The second wall of "exactly once": an order is executed (given to the bank) at most once,
-- whatever the first wall (the order's row lock) lets through.
create table payment_order_execution (
    order_id       bigint      primary key references payment_order (id) on delete cascade,
    message_id     text        not null unique check (length(message_id) between 1 and 35),
    end_to_end_id  text        not null unique check (length(end_to_end_id) between 1 and 35),
    executed_at    timestamptz not null
);
