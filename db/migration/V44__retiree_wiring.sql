-- Revisions entered by staff (DD043): the new monthly amount, the month from which the run pays
-- it, the amount it replaced, and, when it rests on a company's payment (contributions received
-- after the liquidation), that payment and the day the bank confirmed it: the event the charter's
-- allocataires n°3 is measured from ("the revised pension on the 1st of the next month when the
-- company paid before the 20th"). Rows written before V44 (the retiree space's demo) have none of it.
alter table pension_revision add column effective_month date check (extract(day from effective_month) = 1);
alter table pension_revision add column amount_before numeric(12, 2) check (amount_before > 0);
alter table pension_revision add column company_payment_id bigint references company_payment (id);
alter table pension_revision add column payment_confirmed_on date;
alter table pension_revision add column recorded_by text;
alter table pension_revision add column approved_by text;
alter table pension_revision add column recorded_at timestamptz;
alter table pension_revision add constraint pension_revision_payment_dated
    check ((company_payment_id is null) = (payment_confirmed_on is null));
alter table pension_revision add constraint pension_revision_recorded_whole
    check (recorded_at is null or (effective_month is not null and amount is not null and amount > 0
                                   and amount_before is not null and recorded_by is not null and status = 'SETTLED'));
create index pension_revision_confirmed_idx on pension_revision (payment_confirmed_on) where payment_confirmed_on is not null;

-- A revision recorded by staff is final: the amount it set, the month it took effect and the bank's
-- date it rests on are what n°3 is measured from, so nobody edits them afterwards (DD023). The
-- portal has no code that deletes a revision either.
create function pension_revision_recorded_is_final() returns trigger language plpgsql as $$
begin
    if old.recorded_at is not null then
        raise exception 'pension revision % was recorded by staff and cannot change', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end
$$;
create trigger pension_revision_recorded_is_final before update on pension_revision
    for each row execute function pension_revision_recorded_is_final();

-- The survivors' shares of the deceased's pension (DD035's illustrative 50 % and 25 %) become
-- pension parameters the administrator edits with four eyes, like the others (DD025).
alter table pension_scalar_parameter drop constraint pension_scalar_parameter_code_check;
alter table pension_scalar_parameter add constraint pension_scalar_parameter_code_check
    check (code in ('EMPLOYER_SURCHARGE', 'MOUSABBAK_SURCHARGE', 'POINT_PRICE_FACTOR',
                    'SURVIVOR_SPOUSE_SHARE', 'SURVIVOR_ORPHAN_SHARE'));
insert into pension_scalar_parameter (code, applies_from, value, illustrative) values
    ('SURVIVOR_SPOUSE_SHARE', 1995, 50, true),
    ('SURVIVOR_ORPHAN_SHARE', 1995, 25, true);
