-- Demo rows of the retiree's space (DD036): every demo pension has a proof of life on file (and a
-- survivor spouse a non-remarriage certificate), valid for some months yet; DP0000002's runs out
-- within the reminder window (the watch reminds it by e-mail and SMS); the pensions already shown
-- as suspended for the last two months (retiree id multiple of 17) are suspended for their expired
-- proof of life, notice sent. Two pensions have no space yet and can open one at enrol/retiree:
-- DP0900001 (a widow, CIN WB900001, address on her pension file) and DP0900002 (a resident in
-- France, access code FR7K-3MQ9-PX), both liquidated this month, paid from the next. DP0000001 has two revisions and a pension certificate.

update retiree set survivor_relation = 'SPOUSE', family_situation = 'WIDOWED' where kind = 'SURVIVOR';
update retiree set family_situation = 'MARRIED', address = (id * 7) || ', rue des Orangers, Casablanca' where kind = 'RETIREE';
update retiree set mobile = '+212612345602' where pension_file_number = 'DP0000002';

insert into retiree (pension_file_number, kind, affiliate_id, cin, last_name, first_name, birth_date, rib, payment_mode,
                     monthly_amount, pension_start, email, survivor_relation, family_situation, country, address,
                     access_code_hash)
select 'DP0900001', 'SURVIVOR', a.id, 'WB900001', a.last_name, 'Hafsa', date '1958-09-14', null, 'RAHATI_CARD',
       1480.00, (date_trunc('month', current_date) + interval '1 month')::date, 'veuve900001@demo.example',
       'SPOUSE', 'WIDOWED', 'MA', '14, derb Sidi Bouloukat, Marrakech', null
from affiliate a where a.matricule = '10000203'
union all
select 'DP0900002', 'SURVIVOR', a.id, 'WB900002', a.last_name, 'Latifa', date '1956-03-02',
       rib.digits || lpad((97 - (rib.digits::numeric * 100) % 97)::text, 2, '0'), 'BANK_TRANSFER',
       2210.00, (date_trunc('month', current_date) + interval '1 month')::date, 'pensionnee900002@demo.example', 'SPOUSE', 'WIDOWED', 'FR',
       '8, rue des Lilas, 69003 Lyon', 'faac6c3ca5dce85127fb2005ab8cf71db4500a9e81f16c8c5a33ec37810da111'
from affiliate a
cross join (select '011780' || lpad('900002', 16, '0') as digits) as rib
where a.matricule = '10000207';

insert into supporting_document (retiree_id, kind, file_name, content_type, content, uploaded_at, status, valid_until,
                                 reviewed_by, reviewed_at)
select r.id, k.kind, 'certificat.pdf', 'application/pdf', convert_to('%PDF-1.4 demo', 'UTF8'),
       v.until - interval '1 year', 'ACCEPTED', v.until, 'agent1', v.until - interval '1 year' + interval '2 days'
from retiree r
cross join (values ('PROOF_OF_LIFE'), ('NON_REMARRIAGE')) as k(kind)
cross join lateral (select case
        when r.pension_file_number = 'DP0000002' then current_date + 20
        when (r.id % 17 = 0 and r.pension_file_number <= 'DP0000050') then (date_trunc('month', current_date) - interval '3 months')::date
        else current_date + 60 + (r.id * 37 % 280)::int end as until) as v
where k.kind = 'PROOF_OF_LIFE' or r.kind = 'SURVIVOR';

-- the suspended ones were told when their proof of life expired, and suspended after the grace period
insert into document_notice (retiree_id, kind, expires_on, stage, sent_at)
select r.id, 'PROOF_OF_LIFE', (date_trunc('month', current_date) - interval '3 months')::date, s.stage,
       date_trunc('month', current_date) - interval '3 months' + s.after
from retiree r
cross join (values ('REMINDER', interval '-30 days'), ('NOTICE', interval '0 days')) as s(stage, after)
where (r.id % 17 = 0 and r.pension_file_number <= 'DP0000050');
update retiree set suspended_since = (date_trunc('month', current_date) - interval '1 month')::date,
                   suspension_reason = 'PROOF_OF_LIFE'
where id % 17 = 0 and pension_file_number <= 'DP0000050';

insert into pension_revision (retiree_id, motive, amount, status, requested_on, settled_on)
select r.id, v.motive, v.amount, v.status, v.requested_on, v.settled_on
from retiree r
cross join (values ('POINTS_CORRECTION', 85.40, 'SETTLED', current_date - 120, current_date - 75),
                   ('LATE_CONTRIBUTIONS', null::numeric, 'IN_PROGRESS', current_date - 10, null::date))
    as v(motive, amount, status, requested_on, settled_on)
where r.pension_file_number = 'DP0000001';

insert into certificate (code, retiree_id, kind, tax_year, issued_at, valid_until)
select 'DEMQ7K3MPX2A', r.id, 'PENSION', null, now() - interval '10 days', current_date + 80
from retiree r where r.pension_file_number = 'DP0000001';
