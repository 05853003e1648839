-- E@sypaiement (DD033, amended by DD040): an order may ask more than a period still owes only with
-- the orderer's reason, which the validators read before confirming and the receipt prints.
alter table payment_order add column above_due_reason text
    check (above_due_reason is null or length(trim(above_due_reason)) between 1 and 500);

-- The fund's bank tells it of money received on the fund's account (DD040): one row per credit
-- notice, kept once whatever the bank repeats (its own entry id), and handed to the feature that
-- acts on it in the transaction that marks it delivered, like the answers to our messages (V32).
create table bank_incoming_credit (
    id            bigint        generated always as identity primary key,
    -- the bank's id of the entry on the fund's account: the same notice twice is one credit
    entry_id      text          not null unique check (length(entry_id) between 1 and 35),
    -- what the payer wrote in the transfer's reference (remittance information), as the bank gives it
    reference     text          not null check (length(reference) <= 140),
    amount        numeric(12,2) not null check (amount > 0),
    -- the day the money is the fund's: where the charter's clocks start (affiliés n°3)
    value_date    date          not null,
    payer_name    text          check (length(payer_name) <= 140),
    received_at   timestamptz   not null,
    delivered_at  timestamptz
);
create index bank_incoming_credit_undelivered_idx on bank_incoming_credit (received_at, id) where delivered_at is null;
-- the sandbox numbers the entries it makes up
create sequence bank_sandbox_credit_number;
-- the buy-backs' payment references are made from this number (DD040)
create sequence buy_back_number;

-- A points buy-back the affiliate asked for (DD040): what they buy and what it costs at this year's
-- point price, and the unique reference their transfer quotes. No service request yet: the charter's
-- clocks start when the money is identified (n°4) and confirmed by the bank (n°3), not at the asking.
create table buy_back (
    id                           bigint        generated always as identity primary key,
    affiliate_id                 bigint        not null references affiliate (id),
    account_id                   bigint        not null references user_account (id),
    -- RA + 8 digits + a 2-digit key (97 - n mod 97): a mistyped reference matches no other buy-back
    payment_reference            text          not null unique check (payment_reference ~ '^RA[0-9]{10}$'),
    year                         smallint      not null check (year between 2000 and 2100),
    point_price                  numeric(14,4) not null check (point_price > 0),
    points                       numeric(10,2) not null check (points > 0),
    amount                       numeric(12,2) not null check (amount > 0),
    language                     text          not null,
    asked_at                     timestamptz   not null,
    -- filed when its payment is identified: n°4 (the credit) and n°3 (the statement's update)
    request_reference            text          unique,
    statement_request_reference  text          unique,
    check ((request_reference is null) = (statement_request_reference is null))
);
create index buy_back_affiliate_idx on buy_back (affiliate_id, asked_at desc);

-- Every credit the bank notified, as this feature reads it: identified with a buy-back (at once when
-- its reference and amount match an open one, otherwise by a staff member), or waiting for staff.
create table buy_back_payment (
    id              bigint        generated always as identity primary key,
    bank_entry_id   text          not null unique,
    reference       text          not null,
    amount          numeric(12,2) not null check (amount > 0),
    value_date      date          not null,
    payer_name      text,
    received_at     timestamptz   not null,
    -- one payment per buy-back, one buy-back per payment: the second wall behind the row locks
    buy_back_id     bigint        unique references buy_back (id),
    identified_at   timestamptz,
    identified_by   text,
    check ((buy_back_id is null) = (identified_at is null)),
    check ((buy_back_id is null) = (identified_by is null))
);
create index buy_back_payment_unidentified_idx on buy_back_payment (received_at, id) where buy_back_id is null;

-- The statement's update after a buy-back (affiliés n°3, 4 business days from the bank's
-- confirmation), filed by the portal when the payment is identified; never by hand.
insert into request_type (code, population, commitment_id, team, complaint_scheme, label_fr, label_ar, label_en,
                          filed_by_system, counted_in_commitment)
select 'AFFILIATE_BUYBACK_STATEMENT', 'AFFILIATE', c.id, 'AFFILIATES', null,
       'Mise à jour du relevé après un rachat', 'تحيين كشف النقط بعد الشراء', 'Statement update after a buy-back',
       true, true
from service_commitment c where c.population = 'AFFILIATE' and c.number = 3;
