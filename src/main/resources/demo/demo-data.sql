-- Demo data for the embedded database: three member companies with a delegate and one user per
-- téléservice, 200 affiliates with more than ten years of monthly contributions across two
-- employers, 50 retirees (40 retired affiliates, 10 survivors) with their payment history, and
-- the fund's staff. Dates follow the current date so the history always reaches last month.
-- Every demo login has the password Portail-Demo-2026 (bcrypt below).

insert into company (adherent_number, legal_name, rc_number, patente_number, ice, address_line, city, payment_confirmations) values
('100234', 'Atlas Conserves SA', '123456', '34567890', '001234567000089', '12, rue Ibnou Battouta, Zone industrielle Ain Sebaa', 'Casablanca', 2),
('100567', 'Maghreb Logistique SARL', '88421', '50213344', '002345678000012', 'Zone franche Ksar El Majaz, lot 41', 'Tanger', 1),
('100891', 'Fès Textiles Industries', '45102', '14025566', '001987654000045', 'Quartier industriel Sidi Brahim, rue 9', 'Fès', 1);

insert into contribution_category (company_id, code, label, employee_rate, employer_rate)
select c.id, k.code, k.label, k.employee_rate, round(k.employee_rate * 1.3, 2)
from company c
cross join (values ('CAD', 'Cadres', 6.00), ('EMP', 'Employés', 3.00)) as k(code, label, employee_rate);

-- 200 working affiliates and 50 retired ones (ids 201-250)
insert into affiliate (matricule, cin, last_name, first_name, birth_date, email)
select lpad((10000000 + i)::text, 8, '0'),
       (array['BE', 'BK', 'A', 'BJ', 'C', 'D', 'EE', 'G', 'H', 'J'])[i % 10 + 1] || lpad(i::text, 6, '0'),
       (array['Bennani', 'El Idrissi', 'Alaoui', 'Tazi', 'Berrada', 'Chraibi', 'Fassi Fihri', 'Lahlou', 'Benjelloun',
              'Ouazzani', 'Amrani', 'Sqalli', 'Kettani', 'Bouzidi', 'Naciri', 'Hajji', 'Mernissi', 'Zniber'])[i % 18 + 1],
       (array['Karim', 'Fatima Zahra', 'Youssef', 'Salma', 'Mehdi', 'Khadija', 'Omar', 'Nadia', 'Hamza', 'Meryem',
              'Rachid', 'Imane', 'Anas', 'Zineb', 'Said', 'Houda', 'Adil', 'Laila', 'Driss', 'Sanaa'])[i % 20 + 1],
       case when i <= 200 then date '1966-01-01' + (i * 97 % 11000)
            else date '1948-01-01' + (i * 53 % 4500) end,
       -- the address the employer declared: affiliates 1-5 (who have a space) and 201-249 (who have
       -- none yet and can open one, DD022); 250 has none on record
       case when i <= 5 or i between 201 and 249 then 'affilie' || i || '@demo.example' end
from generate_series(1, 250) as i;

-- Careers: the 200 working affiliates joined in 2014 and most changed employer once since;
-- the 50 retired ones worked 12 years before their pension started.
create temporary table demo_career on commit drop as
select a.id as affiliate_id,
       (a.id % 3) + 1 as first_company,
       ((a.id + 1) % 3) + 1 as second_company,
       case when a.id % 4 = 0 then 'CAD' else 'EMP' end as category,
       case when a.id <= 200 then date '2014-01-01'
            else (date '2019-01-01' + make_interval(months => (a.id::int % 48)))::date - interval '12 years' end::date as career_start,
       case when a.id <= 200 and a.id % 5 <> 0 then (date '2016-01-01' + make_interval(months => (a.id::int % 96)))::date
            when a.id > 200 then (date '2019-01-01' + make_interval(months => (a.id::int % 48)) - interval '5 years')::date
       end as switch_date,
       case when a.id > 200 then (date '2019-01-01' + make_interval(months => (a.id::int % 48)))::date end as retirement
from affiliate a;

insert into affiliation (affiliate_id, company_id, category_id, start_date, end_date)
select dc.affiliate_id, c.id, cc.id, dc.career_start,
       coalesce(dc.switch_date, dc.retirement) - 1
from demo_career dc
join company c on c.id = (select id from company order by id offset dc.first_company - 1 limit 1)
join contribution_category cc on cc.company_id = c.id and cc.code = dc.category
where dc.switch_date is not null or dc.retirement is not null
union all
select dc.affiliate_id, c.id, cc.id, coalesce(dc.switch_date, dc.career_start),
       dc.retirement - 1
from demo_career dc
join company c on c.id = (select id from company order by id offset
        (case when dc.switch_date is null then dc.first_company else dc.second_company end) - 1 limit 1)
join contribution_category cc on cc.company_id = c.id and cc.code = dc.category
where dc.retirement is null or dc.switch_date is not null;

insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
select af.affiliate_id, af.company_id, m::date, s.salary,
       round(s.salary * cc.employee_rate / 100, 2),
       round(s.salary * cc.employer_rate / 100, 2)
from affiliation af
join contribution_category cc on cc.id = af.category_id
cross join lateral generate_series(af.start_date,
        least(coalesce(af.end_date, current_date), (date_trunc('month', current_date) - interval '1 month')::date),
        interval '1 month') as m
cross join lateral (select round((3500 + (af.affiliate_id * 7919 % 25000))
        * power(1.03, extract(year from m) - extract(year from af.start_date))::numeric, 2) as salary) as s;

insert into retiree (pension_file_number, kind, affiliate_id, cin, last_name, first_name, birth_date, rib,
                     payment_mode, monthly_amount, pension_start)
select 'DP' || lpad((a.id - 200)::text, 7, '0'),
       case when a.id % 5 = 0 then 'SURVIVOR' else 'RETIREE' end,
       a.id,
       case when a.id % 5 = 0 then 'W' || lpad((a.id - 200)::text, 6, '0') else a.cin end,
       a.last_name,
       case when a.id % 5 = 0 then (array['Aicha', 'Rkia', 'Fatna', 'Malika', 'Zohra'])[a.id % 5 + 1] else a.first_name end,
       case when a.id % 5 = 0 then a.birth_date + 1500 else a.birth_date end,
       case when a.id % 7 = 0 then null
            else rib.digits || lpad((97 - (rib.digits::numeric * 100) % 97)::text, 2, '0') end,
       case when a.id % 7 = 0 then 'RAHATI_CARD' else 'BANK_TRANSFER' end,
       round(1200 + (a.id * 373 % 5200) * case when a.id % 5 = 0 then 0.5 else 1 end, 2),
       dc.retirement
from affiliate a
cross join lateral (select (array['011', '007', '230', '190'])[a.id % 4 + 1] || '780'
                           || lpad((a.id * 104729 % 100000000)::text, 16, '0') as digits) as rib
join demo_career dc on dc.affiliate_id = a.id
where a.id > 200;

-- Paid on the first of each month; monthly_amount is today's amount, reached by the 1.5%
-- revaluation of July 2024; two recent months suspended for a few retirees whose proof of life
-- has expired.
insert into pension_payment (retiree_id, due_period, gross_amount, net_amount, paid_on, status)
select r.id, m::date, g.gross, round(g.gross * 0.94, 2),
       case when s.suspended then null else m::date end,
       case when s.suspended then 'SUSPENDED' else 'PAID' end
from retiree r
cross join lateral generate_series(r.pension_start, date_trunc('month', current_date)::date, interval '1 month') as m
cross join lateral (select round(r.monthly_amount / case when m < date '2024-07-01' then 1.015 else 1 end, 2) as gross) as g
cross join lateral (select r.id % 17 = 0 and m >= date_trunc('month', current_date) - interval '1 month' as suspended) as s;

-- Accounts: the delegate of each company logs in with the adherent number, as in the user guide.
insert into user_account (login, password_hash, kind, display_name, email, company_id)
select c.adherent_number, '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'DELEGATE',
       d.name, d.email, c.id
from company c
join (values ('100234', 'Karim Bennani', 'k.bennani@atlas-conserves.example'),
             ('100567', 'Salma Tazi', 's.tazi@maghreb-logistique.example'),
             ('100891', 'Omar Berrada', 'o.berrada@fes-textiles.example')) as d(adherent, name, email)
  on d.adherent = c.adherent_number;

insert into user_account (login, password_hash, kind, display_name, email, company_id, teleservice)
select p.prefix || '.' || u.suffix, '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'COMPANY_USER',
       u.name || ' (' || c.legal_name || ')', p.prefix || '.' || u.suffix || '@demo.example', c.id, u.teleservice
from company c
join (values ('100234', 'atlas'), ('100567', 'maghreb'), ('100891', 'fes')) as p(adherent, prefix)
  on p.adherent = c.adherent_number
cross join (values ('compte', 'COMPANY_ACCOUNT', 'Compte adhérent'),
                   ('declaration', 'DECLARATION', 'Télédéclaration'),
                   ('ordonnateur', 'PAYMENT', 'Ordonnateur E@sypaiement'),
                   ('validateur', 'PAYMENT', 'Validateur E@sypaiement'),
                   ('liquidation', 'LIQUIDATION', 'E-liquidation')) as u(suffix, teleservice, name);

insert into user_account (login, password_hash, kind, display_name, email, affiliate_id)
select a.matricule, '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'AFFILIATE',
       a.first_name || ' ' || a.last_name, a.email, a.id
from affiliate a
where a.id <= 200;

insert into user_account (login, password_hash, kind, display_name, email, retiree_id)
select r.pension_file_number, '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'RETIREE',
       r.first_name || ' ' || r.last_name,
       case when r.pension_file_number <= 'DP0000005' then 'allocataire' || ltrim(substr(r.pension_file_number, 3), '0') || '@demo.example' end,
       r.id
from retiree r;

insert into user_account (login, password_hash, kind, display_name, email) values
('agent1', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Nadia Lahlou (agent)', 'agent1@demo.example'),
('agent2', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Hamza Kettani (agent)', 'agent2@demo.example'),
('superviseur', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Laila Sqalli (superviseur)', 'superviseur@demo.example'),
('admin', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Driss Amrani (administrateur)', 'admin@demo.example'),
-- a second administrator: a pension parameter changes only when another administrator approves it (DD025)
('admin2', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Salma Berrada (administratrice)', 'admin2@demo.example'),
('conciliateur', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'STAFF', 'Imane Naciri (conciliation)', 'conciliation@demo.example');

-- The demo's addresses count as proven, as if each had opened its link once.
update user_account set email_confirmed_at = created_at where email is not null;

-- Secret questions of the demo's téléservice users (answers hashed by bcrypt, as the portal does):
-- "Nom de jeune fille de votre mère ?" → "Alaoui", "Ville de naissance ?" → "Fès".
insert into account_secret_answer (account_id, position, question, answer_hash)
select ua.id, q.position, q.question, q.answer_hash
from user_account ua
cross join (values (1, 'Nom de jeune fille de votre mère ?', '$2a$10$rQFwujlzMWkHt/Xos3wLj.fftHMU.P4h5nmdkUQhJvUkA9ygKzQeO'),
                   (2, 'Ville de naissance ?', '$2a$10$E0cK7ueinUZuG/ceLhtZv.RGoiodDOG/pvXzSdATP9ITD/BEhdRbO')) as q(position, question, answer_hash)
where ua.kind = 'COMPANY_USER';

insert into account_role (account_id, role)
select ua.id,
       case when ua.kind in ('DELEGATE', 'AFFILIATE', 'RETIREE') then ua.kind
            when ua.login like '%.ordonnateur' then 'PAYMENT_ORDERER'
            when ua.login like '%.validateur' then 'PAYMENT_VALIDATOR'
            when ua.kind = 'COMPANY_USER' then ua.teleservice
            when ua.login like 'agent%' then 'AGENT'
            when ua.login = 'superviseur' then 'SUPERVISOR'
            when ua.login in ('admin', 'admin2') then 'ADMINISTRATOR'
            when ua.login = 'conciliateur' then 'CONCILIATOR'
       end
from user_account ua;

-- the supervisor also works requests as an agent does
insert into account_role (account_id, role)
select id, 'AGENT' from user_account where login = 'superviseur';

-- A year of service requests, so the charter dashboard has real figures: requests spread over
-- the last 365 days, most answered within the commitment's deadline, from 1 in 4 to 1 in 11 late,
-- an affiliate's space opening answered at once (the portal opens it), the last days' requests still open.
create temporary table demo_request on commit drop as
select i,
       r.received_at,
       t.code as type_code,
       t.population,
       t.team,
       cs.business_days as scheme_business_days,
       cs.answer_days as scheme_answer_days,
       c.rule,
       c.deadline_business_days,
       c.rule_day,
       a.id as account_id,
       a.display_name,
       a.email
from generate_series(1, 1200) as i
cross join lateral (select date_trunc('minute', now() - make_interval(days => (i * 7919 % 365), hours => 8 + i % 9)) as received_at) as r
-- i × 13 mod 25 spreads the first 25 types (by code) evenly; every other multiple of 25 takes the
-- 26th (the anomaly report made 26), so every kind of request has its year. The statement update
-- after a buy-back (DD040) is left out: its year is affiliés n°3's, which AFFILIATE_STATEMENT gives,
-- and counting it would push the last type out of the spread
cross join lateral (select * from request_type where code <> 'AFFILIATE_BUYBACK_STATEMENT' order by code
                    offset (case when i % 50 = 25 then 25 else i * 13 % 25 end) limit 1) as t
join service_commitment c on c.id = t.commitment_id
left join complaint_scheme cs on cs.code = t.complaint_scheme
cross join lateral (select ua.id, ua.display_name, ua.email from user_account ua
                    where ua.kind = case t.population when 'AFFILIATE' then 'AFFILIATE'
                                                      when 'RETIREE' then 'RETIREE' else 'COMPANY_USER' end
                    order by ua.id offset (i % 15) limit 1) as a;

alter table demo_request add column due_date date;

-- business days skip weekends and the public holidays; calendar rules follow the charter
update demo_request dr set due_date = case
    when dr.scheme_business_days = false then dr.received_at::date + dr.scheme_answer_days
    when dr.rule = 'NEXT_MONTH_IF_BEFORE_DAY' then (date_trunc('month', dr.received_at)
        + make_interval(months => case when extract(day from dr.received_at) < dr.rule_day then 1 else 2 end))::date
    when dr.rule = 'ANNUAL_DATE' then make_date(extract(year from dr.received_at)::int + 1, 1, 5)
    else (select d::date from generate_series(dr.received_at::date + 1, dr.received_at::date + 30, interval '1 day') as d
          where extract(isodow from d) < 6 and d::date not in (select holiday_date from public_holiday)
          order by d offset coalesce(dr.scheme_answer_days, dr.deadline_business_days) - 1 limit 1)
end;

insert into service_request (reference, type_code, requester_account_id, contact_name, contact_email, channel,
                             language, subject, description, status, team, received_at, due_date, answered_at,
                             closed_at, rating, rating_comment, committed_due_date, acknowledgement_due_date,
                             acknowledged_at)
select 'R' || extract(year from dr.received_at) || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
       dr.type_code, dr.account_id, dr.display_name, coalesce(dr.email, 'demandeur' || dr.i || '@demo.example'),
       (array['WEB', 'WEB', 'WEB', 'EMAIL', 'PHONE', 'POST', 'AGENCY'])[dr.i % 7 + 1],
       (array['fr', 'fr', 'ar', 'fr', 'en'])[dr.i % 5 + 1],
       'Demande de démonstration n° ' || dr.i,
       'Texte de la demande de démonstration n° ' || dr.i || '.',
       case when a.answered_at is null then (case when dr.i % 2 = 0 then 'ASSIGNED' else 'ACKNOWLEDGED' end) else 'CLOSED' end,
       dr.team, dr.received_at, dr.due_date, a.answered_at, a.answered_at,
       case when a.answered_at is not null and dr.i % 3 = 0 then 3 + dr.i % 3 end,
       case when a.answered_at is not null and dr.i % 9 = 0 then 'Réponse claire, merci.' end,
       -- no delay notice in the demo: the committed deadline is the due date; acknowledged at reception
       dr.due_date, (dr.received_at at time zone 'Africa/Casablanca')::date
           + coalesce((select cs.acknowledgement_days from request_type t
                       join complaint_scheme cs on cs.code = t.complaint_scheme where t.code = dr.type_code), 0),
       dr.received_at
from demo_request dr
cross join lateral (select case when planned.at < now() then planned.at end as answered_at
                    from (select case
                              -- an affiliate's space opens the moment it is asked for: answered at once (DD023)
                              when dr.type_code = 'AFFILIATE_SUBSCRIPTION' then dr.received_at
                              when dr.received_at > now() - interval '6 days' then null
                              -- each kind of request has its own record: from 1 late in 4 to 1 in 11
                              when dr.i % (4 + abs(hashtext(dr.type_code)) % 8) = 0
                                  then (dr.due_date + 1 + dr.i % 6)::timestamp + interval '11 hours'
                              else dr.received_at + (dr.due_date - dr.received_at::date) * interval '15 hours'
                          end as at) as planned) as a
order by dr.received_at;

update service_request set assignee_account_id = (select id from user_account where login = 'agent1')
where status = 'ASSIGNED';

insert into request_event (request_id, occurred_at, kind, actor, visible_to_requester, message, due_date)
select sr.id, sr.received_at, e.kind, case when e.kind = 'RECEIVED' then sr.contact_name else 'système' end,
       true, null, case when e.kind = 'ACKNOWLEDGED' then sr.due_date end
from service_request sr
cross join (values ('RECEIVED'), ('ACKNOWLEDGED')) as e(kind)
union all
select sr.id, sr.answered_at, e.kind, 'agent1', true,
       case when e.kind = 'ANSWERED' then 'Votre demande a été traitée. Réponse de démonstration.' end, null
from service_request sr
cross join (values ('ANSWERED'), ('CLOSED')) as e(kind)
where sr.answered_at is not null;

-- Points that do not come from contributions, on the statement of affiliate 10000001 (README):
-- free points for two periods of sickness, and a buy-back paid 40 days ago through a buy-back
-- request answered with the credit, priced as BuyBackCredits prices it (amount ÷ the year's point
-- price, 6 × the purchase value in force).
insert into granted_points (affiliate_id, year, nature, points, reference, amount_paid, granted_by, granted_at)
select a.id, g.year, 'FREE_SICKNESS', g.points, g.reference, null, 'agent2', make_date(g.year + 1, 2, 16)::timestamp + interval '10 hours'
from affiliate a
cross join (values (2018, 12.50, 'AM-2018-0457'), (2021, 8.75, 'AM-2021-1193')) as g(year, points, reference)
where a.matricule = '10000001';

with paid as (
    select ua.id as account_id, ua.affiliate_id, ua.display_name, ua.email,
           date_trunc('minute', now() - interval '40 days') as received_at,
           date_trunc('minute', now() - interval '36 days') as answered_at,
           20000.00 as amount
    from user_account ua where ua.login = '10000001'
), priced as (
    select p.*, extract(year from p.answered_at)::int as year,
           (select d::date from generate_series(p.received_at::date + 1, p.received_at::date + 30, interval '1 day') as d
            where extract(isodow from d) < 6 and d::date not in (select holiday_date from public_holiday)
            order by d offset 7 limit 1) as due_date,
           round(p.amount / ((select value from pension_scalar_parameter
                              where code = 'POINT_PRICE_FACTOR' and applies_from <= extract(year from p.answered_at)
                              order by applies_from desc limit 1)
                            * (select value from point_purchase_value where applies_from <= extract(year from p.answered_at)
                               order by applies_from desc limit 1)), 2) as points
    from paid p
), request as (
    insert into service_request (reference, type_code, requester_account_id, contact_name, contact_email, channel,
                                 language, subject, description, status, team, received_at, due_date, answered_at,
                                 closed_at, committed_due_date, acknowledgement_due_date, acknowledged_at)
    select 'R' || extract(year from p.received_at) || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
           'AFFILIATE_BUYBACK', p.account_id, p.display_name, p.email, 'WEB', 'fr',
           'Rachat de points : 20 000,00 DH',
           'Je souhaite racheter des points pour 20 000,00 DH ; mon virement porte la référence VIR-DEMO-0001.',
           'CLOSED', 'AFFILIATES', p.received_at, p.due_date, p.answered_at, p.answered_at,
           p.due_date, (p.received_at at time zone 'Africa/Casablanca')::date, p.received_at
    from priced p
    returning id, reference, received_at, answered_at, due_date, contact_name
), events as (
    insert into request_event (request_id, occurred_at, kind, actor, visible_to_requester, message, due_date)
    select r.id, e.at, e.kind, e.actor, true, e.message, e.due_date
    from request r
    cross join priced p
    cross join lateral (values
        (r.received_at, 'RECEIVED', r.contact_name, null::text, null::date),
        (r.received_at, 'ACKNOWLEDGED', 'système', null, r.due_date),
        (r.answered_at, 'ANSWERED', 'agent1', 'Votre règlement de 20 000,00 DH est reçu : '
             || replace(p.points::text, '.', ',') || ' points sont crédités sur votre relevé de points.', null),
        (r.answered_at, 'CLOSED', 'agent1', null, null)) as e(at, kind, actor, message, due_date)
)
insert into granted_points (affiliate_id, year, nature, points, reference, amount_paid, granted_by, granted_at)
select p.affiliate_id, p.year, 'BUY_BACK', p.points, r.reference, p.amount, 'agent1', p.answered_at
from priced p cross join request r;
-- Member companies without a user administrator yet, for the subscription to the téléservices
-- (/subscription): 100412 and 100645 can subscribe; 100758's subscription is submitted (e-mail
-- confirmed) and waits for its signed form, to be received and validated at /backoffice/subscriptions.
-- Its status page opens with the key "demo-100758" (only its SHA-256 is stored, as for real keys),
-- and once validated its delegate signs in as 100758 with the demo password.
insert into company (adherent_number, legal_name, rc_number, patente_number, ice, address_line, city) values
('100412', 'Souss Agrumes SA', '30125', '47120033', '003456789000021', 'Route de Taroudant, km 7', 'Agadir'),
('100645', 'Rif Menuiserie SARL', null, null, '004567891000034', 'Quartier industriel, lot 18', 'Nador'),
('100758', 'Oriental Matériaux SARL', '20877', '62044518', '005678912000047', 'Boulevard Mohammed V, 112', 'Oujda');

insert into contribution_category (company_id, code, label, employee_rate, employer_rate)
select c.id, k.code, k.label, k.employee_rate, round(k.employee_rate * 1.3, 2)
from company c
cross join (values ('CAD', 'Cadres', 6.00), ('EMP', 'Employés', 3.00)) as k(code, label, employee_rate)
where c.adherent_number in ('100412', '100645', '100758');

-- its confirmation link, used 20 minutes after the application (DD017: every one-time link in one table)
with link as (
    insert into one_time_link (purpose, token_hash, created_at, expires_at, used_at)
    values ('COMPANY_SUBSCRIPTION', encode(sha256(convert_to('demo-confirmation-100758', 'UTF8')), 'hex'),
            now() - interval '3 days', now() - interval '1 day', now() - interval '3 days' + interval '20 minutes')
    returning id
)
insert into company_subscription (reference, company_id, status, language, rc_number, patente_number, website,
                                  head_civility, head_last_name, head_first_name, head_function, head_landline_1,
                                  head_email, delegate_civility, delegate_last_name, delegate_first_name,
                                  delegate_function, delegate_direct_phone, delegate_gsm, delegate_email,
                                  password_hash, email_link_id, status_key_hash,
                                  applied_at, email_confirmed_at)
select 'AB' || extract(year from now()) || '-' || lpad(nextval('company_subscription_number')::text, 6, '0'),
       c.id, 'SUBMITTED', 'fr', '20877', '62044518', 'www.oriental-materiaux.example',
       'MRS', 'Kettani', 'Nadia', 'Gérante', '0536681122', 'n.kettani@oriental-materiaux.example',
       'MR', 'Amrani', 'Youssef', 'Responsable administratif', '0536681130', '0661234567',
       'y.amrani@oriental-materiaux.example',
       '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q',
       link.id,
       encode(sha256(convert_to('demo-100758', 'UTF8')), 'hex'),
       now() - interval '3 days', now() - interval '3 days' + interval '20 minutes'
from company c cross join link
where c.adherent_number = '100758';
