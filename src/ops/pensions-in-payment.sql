-- Pensions in payment for the operations rehearsals (fault-pension-run.sh), shaped like the
-- benchmark's (bench/PensionRunBenchmark): four banks, one in ten paid on an activated RAHATI card,
-- one in a hundred suspended. Numbers from DP5000001 and CINs Q1..., clear of the demo's.
-- psql -v pensions=200000 -f pensions-in-payment.sql
insert into affiliate (matricule, cin, last_name, first_name, birth_date)
values ('900000077', 'XB000077', 'Repetition', 'Exploitation', date '1960-01-01')
on conflict do nothing;

insert into retiree (pension_file_number, kind, affiliate_id, cin, last_name, first_name, birth_date,
                     rib, payment_mode, monthly_amount, pension_start, rahati_card_activated_on,
                     suspended_since, suspension_reason)
select 'DP' || lpad((5000000 + i)::text, 7, '0'), 'RETIREE',
       (select id from affiliate where matricule = '900000077'), 'Q' || i,
       (array['Bennani', 'El Idrissi', 'Alaoui', 'Tazi', 'Berrada', 'Chraibi'])[i % 6 + 1],
       (array['Karim', 'Fatima Zahra', 'Youssef', 'Salma', 'Mehdi'])[i % 5 + 1],
       date '1950-01-01' + (i % 5000),
       case when i % 10 = 0 then null
            else rib.digits || lpad((97 - (rib.digits::numeric * 100) % 97)::text, 2, '0') end,
       case when i % 10 = 0 then 'RAHATI_CARD' else 'BANK_TRANSFER' end,
       round(1200 + (i * 373 % 14000), 2), date '2015-01-01',
       case when i % 10 = 0 then date '2015-01-01' end,
       case when i % 100 = 7 then date '2024-01-01' end,
       case when i % 100 = 7 then 'PROOF_OF_LIFE' end
from generate_series(1, :pensions) as i
cross join lateral (select (array['011', '007', '230', '190'])[i % 4 + 1] || '780'
                           || lpad((i::bigint * 104729 % 100000000)::text, 16, '0') as digits) as rib;

analyze;
