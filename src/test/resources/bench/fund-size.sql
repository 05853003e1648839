-- Benchmark data at the fund's size: NOT demo data, never loaded by the application or the tests.
-- Loaded by ma.cimr.teleservices.bench.StatementBenchmark into its own embedded PostgreSQL
-- (target/bench-postgres), after Flyway, when the affiliate table is empty.
--
-- Placeholders, replaced by the runner (defaults in brackets):
--   ${affiliates}    affiliates registered            [750000]
--   ${contributing}  of them, still contributing       [430000]  (ids 1..${contributing}: an open affiliation)
--   ${companies}     member companies                  [3000]
--   ${history}       contributing affiliates whose monthly contributions are generated [= contributing]
--
-- Set-based: one INSERT ... SELECT per table, no row-by-row. Careers are 1 to 40 years long, with 1
-- to 3 employers in turn. Contributions are generated month by month (the outer loop is the month),
-- so one affiliate's rows are spread over the whole table, as monthly declarations are in real life,
-- and the statement reads them back through the index, never from a few neighbouring pages.
-- Affiliates ${contributing}+1..${affiliates} are registered but contribute no more and have no
-- history here (their careers elsewhere are out of the benchmark's access path).

-- the rows are consistent by construction: skip the per-row foreign-key triggers (superuser only)
set session_replication_role = replica;

insert into company (adherent_number, legal_name, rc_number, address_line, city)
select lpad((200000 + i)::text, 6, '0'),
       'Entreprise ' || i || ' ' || (array['SA', 'SARL', 'SNC'])[i % 3 + 1],
       (100000 + i)::text,
       i || ', boulevard Zerktouni',
       (array['Casablanca', 'Rabat', 'Tanger', 'Fès', 'Marrakech', 'Agadir', 'Oujda', 'Kénitra'])[i % 8 + 1]
from generate_series(1, ${companies}) as i;

insert into contribution_category (company_id, code, label, employee_rate, employer_rate)
select c.id, k.code, k.label, k.employee_rate, round(k.employee_rate * 1.3, 2)
from company c
cross join (values ('CAD', 'Cadres', 6.00), ('EMP', 'Employés', 3.00)) as k(code, label, employee_rate);

-- career_years 1..40 (the same hash as the affiliations below), started at 18 or 19: under 60 today
insert into affiliate (matricule, cin, last_name, first_name, birth_date)
select lpad((20000000 + i)::text, 8, '0'),
       'B' || chr(65 + i / 1000000) || lpad((i % 1000000)::text, 6, '0'),
       (array['Bennani', 'El Idrissi', 'Alaoui', 'Tazi', 'Berrada', 'Chraibi', 'Fassi Fihri', 'Lahlou', 'Benjelloun',
              'Ouazzani', 'Amrani', 'Sqalli', 'Kettani', 'Bouzidi', 'Naciri', 'Hajji', 'Mernissi', 'Zniber'])[i % 18 + 1],
       (array['Karim', 'Fatima Zahra', 'Youssef', 'Salma', 'Mehdi', 'Khadija', 'Omar', 'Nadia', 'Hamza', 'Meryem',
              'Rachid', 'Imane', 'Anas', 'Zineb', 'Said', 'Houda', 'Adil', 'Laila', 'Driss', 'Sanaa'])[i % 20 + 1],
       make_date(extract(year from current_date)::int - (1 + (i::bigint * 7919) % 40)::int - 18 - i % 2, 1 + i % 12, 1 + i % 28)
from generate_series(1, ${affiliates}) as i;

-- 1 to 3 employers in turn over the career; the last period is open
insert into affiliation (affiliate_id, company_id, category_id, start_date, end_date)
select a.id, cc.company_id, cc.id, p.start_date,
       case when k < n then (p.next_start - 1) end
from affiliate a
cross join lateral (select (1 + (a.id * 7919) % 40)::int as career_years, (1 + (a.id * 31) % 3)::int as n) as c
cross join lateral generate_series(1, c.n) as k
cross join lateral (select make_date(extract(year from current_date)::int - c.career_years, 1, 1) as career_start) as s
cross join lateral (select (s.career_start + make_interval(months => (c.career_years * 12 * (k - 1)) / c.n))::date as start_date,
                           (s.career_start + make_interval(months => (c.career_years * 12 * k) / c.n))::date as next_start) as p
join contribution_category cc
  on cc.company_id = 1 + (a.id * 104729 + k * 7907) % ${companies}
 and cc.code = case when a.id % 4 = 0 then 'CAD' else 'EMP' end
where a.id <= ${contributing};

-- month by month: the months are the outer loop (the lateral subquery, kept apart by offset 0,
-- runs once per month), every affiliation open that month, up to last month
insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
select af.affiliate_id, af.company_id, m.month, af.salary,
       round(af.salary * af.employee_rate / 100, 2),
       round(af.salary * af.employer_rate / 100, 2)
from (select g::date as month
      from generate_series(make_date(extract(year from current_date)::int - 40, 1, 1),
                           (date_trunc('month', current_date) - interval '1 month')::date, interval '1 month') as g) as m
cross join lateral (
    select a.affiliate_id, a.company_id, cc.employee_rate, cc.employer_rate,
           round(((3500 + (a.affiliate_id * 7919) % 25000)
                 * power(1.03, extract(year from m.month) - extract(year from a.start_date)))::numeric, 2) as salary
    from affiliation a
    join contribution_category cc on cc.id = a.category_id
    where a.start_date <= m.month and (a.end_date is null or a.end_date >= m.month)
      and a.affiliate_id <= ${history}
    offset 0) as af;

set session_replication_role = default;

-- the load ran with triggers off (replica, above): the yearly sums V47's triggers keep are counted
-- once here, as V47 counts them when it is applied to a fund's existing months
insert into contribution_year (affiliate_id, year, company_id, months, declared_salary, employee_amount, employer_amount)
select affiliate_id, cast(extract(year from due_period) as integer), company_id, count(*),
       sum(declared_salary), sum(employee_amount), sum(employer_amount)
from contribution
group by 1, 2, 3
order by 1, 2, 3;

-- Careers here reach 40 years back: the parameter tables price every year from 1980 (V14 carries
-- the 1995 values back, marked illustrative), so the statement computes every year of the history.

analyze company;
analyze contribution_category;
analyze affiliate;
analyze affiliation;
analyze contribution;
analyze contribution_year;
