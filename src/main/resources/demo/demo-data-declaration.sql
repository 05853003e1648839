-- Télédéclaration by form and external firms (issue 11, DD027).
-- * atlas.declaration declares Atlas Conserves' salaries by file (internal, CAD and EMP): the file path.
-- * 100936 Tétouan Céramique SARL, a family business with 3 employees and a year of contributions, whose
--   delegate (login 100936) set up tetouan.declaration to declare by form: the form path.
-- * fiduciaire.saisie, the login Tétouan Céramique set up for its accounting firm (external, by form),
--   to which Atlas Conserves and Maghreb Logistique granted access too: one firm, three companies.
-- Every login has the demo password Portail-Demo-2026.

insert into declaration_user (account_id, company_id, external, firm_name, mode)
select ua.id, ua.company_id, false, null, 'FILE' from user_account ua where ua.login = 'atlas.declaration';
insert into declaration_user_category (account_id, company_id, category_id)
select ua.id, ua.company_id, cc.id
from user_account ua join contribution_category cc on cc.company_id = ua.company_id
where ua.login = 'atlas.declaration';

insert into company (adherent_number, legal_name, rc_number, patente_number, ice, address_line, city) values
('100936', 'Tétouan Céramique SARL', '31877', '51022314', '006789123000058', 'Avenue des FAR, 23', 'Tétouan');

insert into contribution_category (company_id, code, label, employee_rate, employer_rate)
select c.id, k.code, k.label, k.employee_rate, round(k.employee_rate * 1.3, 2)
from company c
cross join (values ('CAD', 'Cadres', 6.00), ('EMP', 'Employés', 3.00)) as k(code, label, employee_rate)
where c.adherent_number = '100936';

insert into affiliate (matricule, cin, last_name, first_name, birth_date, email) values
('20000001', 'RF100001', 'Amrani', 'Mustapha', date '1975-04-12', null),
('20000002', 'RF100002', 'Bakkali', 'Hanane', date '1988-09-30', null),
('20000003', 'RF100003', 'Chaoui', 'Ilyas', date '1996-01-07', null);

insert into affiliation (affiliate_id, company_id, category_id, start_date, end_date)
select a.id, c.id, cc.id, (date_trunc('month', current_date) - interval '2 years')::date, null
from affiliate a
cross join company c
join contribution_category cc on cc.company_id = c.id and cc.code = 'EMP'
where c.adherent_number = '100936' and a.matricule in ('20000001', '20000002', '20000003');

-- twelve months up to last month, at EMP's rates
insert into contribution (affiliate_id, company_id, due_period, declared_salary, employee_amount, employer_amount)
select af.affiliate_id, af.company_id, m::date, s.salary, round(s.salary * cc.employee_rate / 100, 2),
       round(s.salary * cc.employer_rate / 100, 2)
from affiliation af
join company c on c.id = af.company_id and c.adherent_number = '100936'
join contribution_category cc on cc.id = af.category_id
join affiliate a on a.id = af.affiliate_id
cross join lateral generate_series(date_trunc('month', current_date) - interval '12 months',
        date_trunc('month', current_date) - interval '1 month', interval '1 month') as m
cross join lateral (select case a.matricule when '20000001' then 6800.00 when '20000002' then 5100.00
                                            else 4200.00 end as salary) as s;

insert into user_account (login, password_hash, kind, display_name, email, company_id, teleservice)
select u.login, '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q', u.kind, u.name, u.email, c.id,
       u.teleservice
from company c
cross join (values ('100936', 'DELEGATE', 'Latifa Amrani', 'l.amrani@tetouan-ceramique.example', null),
                   ('tetouan.declaration', 'COMPANY_USER', 'Télédéclaration (Tétouan Céramique SARL)',
                    'tetouan.declaration@demo.example', 'DECLARATION'),
                   ('fiduciaire.saisie', 'COMPANY_USER', 'Fiduciaire Al Amal (saisie)',
                    'saisie@fiduciaire-alamal.example', 'DECLARATION')) as u(login, kind, name, email, teleservice)
where c.adherent_number = '100936';

update user_account set email_confirmed_at = created_at
where login in ('100936', 'tetouan.declaration', 'fiduciaire.saisie');

insert into account_role (account_id, role)
select id, case when kind = 'DELEGATE' then 'DELEGATE' else 'DECLARATION' end
from user_account where login in ('100936', 'tetouan.declaration', 'fiduciaire.saisie');

insert into account_secret_answer (account_id, position, question, answer_hash)
select ua.id, q.position, q.question, q.answer_hash
from user_account ua
cross join (values (1, 'Nom de jeune fille de votre mère ?', '$2a$10$rQFwujlzMWkHt/Xos3wLj.fftHMU.P4h5nmdkUQhJvUkA9ygKzQeO'),
                   (2, 'Ville de naissance ?', '$2a$10$E0cK7ueinUZuG/ceLhtZv.RGoiodDOG/pvXzSdATP9ITD/BEhdRbO')) as q(position, question, answer_hash)
where ua.login in ('tetouan.declaration', 'fiduciaire.saisie');

insert into declaration_user (account_id, company_id, external, firm_name, mode)
select ua.id, ua.company_id, ua.login = 'fiduciaire.saisie',
       case when ua.login = 'fiduciaire.saisie' then 'Fiduciaire Al Amal' end, 'FORM'
from user_account ua where ua.login in ('tetouan.declaration', 'fiduciaire.saisie');
insert into declaration_user_category (account_id, company_id, category_id)
select ua.id, ua.company_id, cc.id
from user_account ua join contribution_category cc on cc.company_id = ua.company_id
where ua.login in ('tetouan.declaration', 'fiduciaire.saisie');

-- Atlas Conserves (both categories) and Maghreb Logistique (employees only) let the firm declare for them
insert into declaration_grant (company_id, account_id, mode, granted_by, granted_at)
select c.id, firm.id, 'FORM', delegate.id, now() - interval '20 days'
from company c
join user_account delegate on delegate.login = c.adherent_number
cross join user_account firm
where c.adherent_number in ('100234', '100567') and firm.login = 'fiduciaire.saisie';
insert into declaration_grant_category (company_id, account_id, category_id)
select g.company_id, g.account_id, cc.id
from declaration_grant g
join company c on c.id = g.company_id
join contribution_category cc on cc.company_id = g.company_id
where c.adherent_number = '100234' or cc.code = 'EMP';
