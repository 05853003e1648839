-- The compte adhérent (DD029): the late-payment surcharge rate, and payments recorded from the
-- fund's bank statement for Atlas Conserves and Maghreb Logistique. Loaded before the declarations'
-- demo rows, so nothing here refers to a declaration: the amounts are those of the contributions on
-- record for the month (what the company used to pay), and a period paid before it is declared
-- shows as a credit until its declaration is filed. Illustrative values, not the fund's.

insert into late_payment_rate (applies_from, monthly_percent, due_day, recorded_by, recorded_at)
values ('2020-01-01', 1.00, 10, 'admin2', now() - interval '400 days');

-- each payment and its periods in one statement: a payment's parts add up to its amount at commit
with due as (
    select c.id as company_id, c.adherent_number, m.period, m.label,
           (select coalesce(sum(k.employee_amount + k.employer_amount), 0) from contribution k
            where k.company_id = c.id and k.due_period = m.period) as contributions
    from company c
    cross join (values ((date_trunc('month', current_date) - interval '2 months')::date, 'M2'),
                       ((date_trunc('month', current_date) - interval '1 month')::date, 'M1')) as m(period, label)
    where c.adherent_number in ('100234', '100567')
),
paid as (
    select company_id, period,
           -- Atlas paid two months ago in full, on time, and last month half; Maghreb two months ago in full
           case when label = 'M2' then contributions else round(contributions / 2, 2) end as amount,
           'VIR-' || adherent_number || '-' || to_char(period, 'YYYY-MM') as bank_reference,
           least(current_date, (period + interval '1 month' + interval '7 days')::date) as value_date
    from due
    where contributions > 0 and (label = 'M2' or adherent_number = '100234')
),
payment as (
    insert into company_payment (company_id, amount, bank_reference, value_date, source, recorded_by, recorded_at)
    -- recorded at 11:00 on its value date, but at the latest an hour before the data is loaded: a
    -- payment valued today and "recorded" this afternoon came before one an agent records this morning
    select company_id, amount, bank_reference, value_date, 'BANK_STATEMENT', 'agent1',
           least(now() - interval '1 hour', value_date + time '11:00')
    from paid
    returning id, company_id, amount, bank_reference
)
insert into company_payment_allocation (payment_id, due_period, amount)
select payment.id, paid.period, payment.amount
from payment join paid on paid.bank_reference = payment.bank_reference;
