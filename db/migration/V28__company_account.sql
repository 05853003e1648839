-- The compte adhérent (issue 11, DD029): what a company owes per due period is read from its
-- declarations (no copy of them here); what it paid is recorded here, one bank line at a time, with
-- the periods it settles; late payment costs a surcharge whose rate the administrators set.

-- The late-payment surcharge: a percentage of what is still unpaid, per month or part of a month
-- late, counted from a day of the month after the period (the due day). Kept by date: a period is
-- priced with the row in force on its due date, so a change never rewrites what earlier periods owe.
create table late_payment_rate (
    applies_from    date          primary key,
    monthly_percent numeric(5, 2) not null check (monthly_percent >= 0 and monthly_percent < 100),
    due_day         smallint      not null check (due_day between 1 and 28),
    recorded_by     text          not null,
    recorded_at     timestamptz   not null
);

-- A payment as the bank confirmed it: one line of a bank statement (or, later, an E@sypaiement
-- execution). Its reference is the bank's and is recorded once; the value date is the bank's
-- confirmation, the event the charter's n°5 clock starts from (the request it files, request_reference).
create table company_payment (
    id              bigint        generated always as identity primary key,
    company_id      bigint        not null references company (id),
    amount          numeric(14, 2) not null check (amount > 0),
    bank_reference  text          not null unique check (bank_reference ~ '^[A-Z0-9][A-Z0-9 /-]{3,39}$'),
    value_date      date          not null,
    source          text          not null check (source in ('BANK_STATEMENT', 'EASYPAIEMENT')),
    recorded_by     text          not null,
    recorded_at     timestamptz   not null,
    request_reference text        references service_request (reference)
);
create index company_payment_company_idx on company_payment (company_id, value_date);

-- The due periods one payment settles, and how much of it goes to each: one transfer often pays
-- several months, and the bank line has one reference.
create table company_payment_allocation (
    payment_id  bigint        not null references company_payment (id),
    due_period  date          not null check (extract(day from due_period) = 1),
    amount      numeric(14, 2) not null check (amount > 0),
    primary key (payment_id, due_period)
);

-- A second wall behind the service: at commit, a payment's periods add up to its amount exactly.
create function company_payment_check_allocated(checked_id bigint) returns void language plpgsql as $$
declare
    missing numeric;
begin
    select p.amount - coalesce((select sum(a.amount) from company_payment_allocation a where a.payment_id = p.id), 0)
    into missing from company_payment p where p.id = checked_id;
    if missing is not null and missing <> 0 then
        raise exception 'payment % is not allocated in full (% left)', checked_id, missing;
    end if;
end $$;

create function company_payment_allocated_in_full() returns trigger language plpgsql as $$
begin
    perform company_payment_check_allocated(new.id);
    return null;
end $$;

create function company_payment_allocation_in_full() returns trigger language plpgsql as $$
begin
    perform company_payment_check_allocated(new.payment_id);
    return null;
end $$;

create constraint trigger company_payment_allocated_in_full after insert on company_payment
    deferrable initially deferred for each row execute function company_payment_allocated_in_full();
create constraint trigger company_payment_allocation_in_full after insert on company_payment_allocation
    deferrable initially deferred for each row execute function company_payment_allocation_in_full();
