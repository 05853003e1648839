-- E@sypaiement (DD033): Atlas Conserves asks two confirmations per payment order (demo-data.sql), so
-- it gets a second validator: its orderer orders, atlas.validateur and atlas.validateur2 confirm.
insert into user_account (login, password_hash, kind, display_name, email, company_id, teleservice, email_confirmed_at)
select 'atlas.validateur2', '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', 'COMPANY_USER',
       'Second validateur E@sypaiement (' || c.legal_name || ')', 'atlas.validateur2@demo.example', c.id, 'PAYMENT', now()
from company c
where c.adherent_number = '100234';

insert into account_role (account_id, role)
select id, 'PAYMENT_VALIDATOR' from user_account where login = 'atlas.validateur2';

-- the same secret questions as the other company users (answers "Alaoui" and "Fès")
insert into account_secret_answer (account_id, position, question, answer_hash)
select ua.id, q.position, q.question, q.answer_hash
from user_account ua
join account_secret_answer q on q.account_id = (select id from user_account where login = 'atlas.validateur')
where ua.login = 'atlas.validateur2';

-- Atlas declared its last two months (both categories, by its télédéclaration user, processed), so its
-- compte adhérent owes what the demo payments of demo-data-companyaccount.sql do not cover: two
-- months ago is paid in full, last month half. That half is what atlas.ordonnateur orders. The
-- totals are those of the contributions on record for the month and category.
insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status, created_by,
                         created_at, filed_by, filed_at, processed_at, line_count, total_salary, total_employee,
                         total_employer)
select c.id, cc.id, m.period, 'MONTHLY', 'ORIGINAL', 'FORM', 'PROCESSED', u.id, t.filed_at, u.id, t.filed_at,
       least(now(), t.filed_at + interval '1 day'), k.lines, k.salary, k.employee, k.employer
from company c
join user_account u on u.login = 'atlas.declaration'
join contribution_category cc on cc.company_id = c.id
cross join (values ((date_trunc('month', current_date) - interval '2 months')::date),
                   ((date_trunc('month', current_date) - interval '1 month')::date)) as m(period)
cross join lateral (select least(now() - interval '1 day', m.period + interval '1 month' + interval '1 day 9 hours') as filed_at) as t
cross join lateral (select count(*)::int as lines, coalesce(sum(x.declared_salary), 0) as salary,
                           coalesce(sum(x.employee_amount), 0) as employee, coalesce(sum(x.employer_amount), 0) as employer
                    from contribution x
                    join affiliation af on af.affiliate_id = x.affiliate_id and af.company_id = x.company_id
                         and af.category_id = cc.id and x.due_period between af.start_date and coalesce(af.end_date, x.due_period)
                    where x.company_id = c.id and x.due_period = m.period) as k
where c.adherent_number = '100234' and k.lines > 0;
