-- The monthly pension run (DD037): one run per month that pays every pension in payment exactly
-- once, sends one credit-transfer file per bank, and measures itself against the charter
-- (allocataires n°1 and n°2).

-- One row per month paid. The run goes PAYING (pension_payment rows written in chunks of
-- retirees, the cursor says how far) -> SENDING (one pain.001 file per bank) -> COMPLETED. A crash
-- leaves it where its last committed chunk put it; the next call resumes from there.
create table pension_run (
    due_period         date          primary key check (extract(day from due_period) = 1),
    status             text          not null check (status in ('PAYING', 'SENDING', 'COMPLETED')),
    -- the date the transfers are asked for: the 1st, or the day of a late run
    execution_date     date          not null,
    started_at         timestamptz   not null,
    started_by         text          not null,
    -- the last retiree id whose month is written: chunks are ranges of retiree ids
    paid_up_to         bigint        not null default 0,
    -- the July revaluation applied by this run (null: not July, or no rate for the year)
    revaluation_rate   numeric(5, 2),
    -- the counts, set when the payments are all written
    paid               integer,
    suspended          integer,
    arrears            integer,
    net_total          numeric(16, 2),
    completed_at       timestamptz,
    -- the last failure of a chunk, for staff; cleared by the next chunk that commits
    last_error         text,
    check ((status = 'COMPLETED') = (completed_at is not null))
);

-- A pension payment knows the run that paid it and where it went, so the run writes each bank's
-- file from its own rows and a bank's return finds its row. Older rows (before the run existed)
-- have none of this.
alter table pension_payment add column paid_in_run date references pension_run (due_period);
alter table pension_payment add column payment_mode text check (payment_mode in ('BANK_TRANSFER', 'RAHATI_CARD'));
alter table pension_payment add column rib text check (rib ~ '^[0-9]{24}$');
-- the catch-up payment that paid a first RAHATI pension ahead of the next run (n°2)
alter table pension_payment add column catch_up_id bigint;
create index pension_payment_run_idx on pension_payment (paid_in_run, rib) where paid_in_run is not null;
create index pension_payment_open_idx on pension_payment (retiree_id) where status in ('SUSPENDED', 'RETURNED');

-- One file per bank and run (or per catch-up), as sent: the bank_message it became. The primary
-- key makes a second instance's send of the same file fail instead of paying twice.
create table pension_run_file (
    message_id    text          primary key references bank_message (message_id),
    due_period    date          references pension_run (due_period),
    catch_up_id   bigint,
    bank_code     text          not null check (bank_code ~ '^[0-9]{3}$'),
    transfers     integer       not null check (transfers > 0),
    control_sum   numeric(16, 2) not null,
    sent_at       timestamptz   not null,
    check ((due_period is null) <> (catch_up_id is null)),
    unique (due_period, bank_code)
);

-- The tax withheld at source on a pension, by monthly gross: ILLUSTRATIVE (a simplified scale
-- shaped like the income-tax scale, without the pensions' allowance nor family deductions). Tax =
-- gross × rate / 100 − deduction, of the highest bracket whose lower bound the gross reaches,
-- never below 0. The administrator replaces it with the fund's own table.
create table pension_tax_bracket (
    applies_from  smallint      not null check (applies_from between 1950 and 2100),
    lower_bound   numeric(12, 2) not null check (lower_bound >= 0),
    rate          numeric(5, 2) not null check (rate >= 0 and rate < 100),
    deduction     numeric(12, 2) not null check (deduction >= 0),
    illustrative  boolean       not null default false,
    primary key (applies_from, lower_bound)
);

insert into pension_tax_bracket (applies_from, lower_bound, rate, deduction, illustrative) values
    (2020, 0, 0, 0, true),
    (2020, 3333.34, 10, 333.33, true),
    (2020, 5000.01, 20, 833.33, true),
    (2020, 6666.68, 30, 1500.00, true),
    (2020, 8333.34, 34, 1833.33, true),
    (2020, 15000.01, 37, 2283.33, true);

-- The tax of a monthly gross in a year: one function, so the run's set-based insert, the
-- catch-up and the tests compute it the same way.
create function pension_tax(gross numeric, year integer) returns numeric
    language sql stable as $$
    select coalesce(greatest(0, round(gross * b.rate / 100 - b.deduction, 2)), 0)
    from pension_tax_bracket b
    where b.applies_from = (select max(applies_from) from pension_tax_bracket where applies_from <= year)
      and b.lower_bound <= gross
    order by b.lower_bound desc
    limit 1
$$;

-- The July revaluation as applied to each pension in payment: the amount before and after. The
-- run pays the latest amount_after (or retiree.monthly_amount, the liquidated amount, when there
-- is none); the primary key applies a year's rate once per pension whatever reruns.
create table pension_revaluation_applied (
    retiree_id    bigint        not null references retiree (id),
    applies_from  smallint      not null,
    rate          numeric(5, 2) not null,
    amount_before numeric(12, 2) not null check (amount_before > 0),
    amount_after  numeric(12, 2) not null check (amount_after > 0),
    due_period    date          not null references pension_run (due_period),
    primary key (retiree_id, applies_from)
);

-- The monthly amount in payment today: what the run pays and the retiree's space may show.
create view pension_current_amount as
select r.id as retiree_id,
       coalesce((select a.amount_after from pension_revaluation_applied a
                 where a.retiree_id = r.id order by a.applies_from desc limit 1), r.monthly_amount) as monthly_amount
from retiree r;

-- A first RAHATI pension paid ahead of the next run (n°2): the months due since the pension's
-- start, paid as soon as the card is activated.
create table pension_catch_up (
    id             bigint        generated always as identity primary key,
    retiree_id     bigint        not null references retiree (id),
    activated_on   date          not null,
    months         integer       not null default 0 check (months >= 0),
    net_total      numeric(16, 2) not null default 0,
    sent_at        timestamptz   not null
);

-- The charter's n°1 and n°2 are measured from the runs and the cards' activations (DD037): a first
-- pension is no longer a request anyone files by hand.
update request_type set filed_by_system = true where code = 'RETIREE_FIRST_PENSION';

alter table pension_payment add constraint pension_payment_catch_up_fk
    foreign key (catch_up_id) references pension_catch_up (id);
alter table pension_run_file add constraint pension_run_file_catch_up_fk
    foreign key (catch_up_id) references pension_catch_up (id);
