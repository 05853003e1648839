-- Téléadhésion and the contract (DD034): one membership application waiting for staff review
-- (backoffice/memberships), sent yesterday by a company not yet a member, with its COMPANY_MEMBERSHIP
-- request (adhérents n°6) and its two papers; and one contract request pending
-- (backoffice/contract-requests): Maghreb Logistique's compte adhérent user asks for its employees'
-- rate to move to 3.75 % / 4.88 % from next month. Illustrative companies, people and papers.
-- The applicant's status page opens with the key "demo-adhesion": membership/status?token=demo-adhesion&ref=<reference>.

with link as (
    insert into one_time_link (purpose, token_hash, created_at, expires_at, used_at)
    values ('MEMBERSHIP_APPLICATION', encode(sha256(convert_to('demo-adhesion-link', 'UTF8')), 'hex'),
            now() - interval '1 day 1 hour', now() + interval '1 day', now() - interval '1 day')
    returning id
), request as (
    insert into service_request (reference, type_code, contact_name, contact_email, contact_phone, access_secret_hash,
                                 channel, language, subject, description, status, team, received_at, due_date,
                                 committed_due_date, acknowledgement_due_date, acknowledged_at)
    values ('R' || extract(year from now()) || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
            'COMPANY_MEMBERSHIP', 'Leila Alaoui', 'l.alaoui@ifrane-eaux.example', '0535566778',
            -- the request's follow-up secret of the demo is not given out: the status page is the way
            '$2a$10$mlCWOn6wvYDKc31RFObknOg42TR4hYxrDyFmHmybQfey3PdCXo11q',
            'WEB', 'fr', 'Demande d''adhésion de Ifrane Eaux Minérales SARL',
            'Demande d''adhésion déposée en ligne : ICE 003145287000072, registre de commerce 7712.',
            'ACKNOWLEDGED', 'COMPANIES', now() - interval '1 day', current_date + 6, current_date + 6,
            (now() - interval '1 day')::date, now() - interval '1 day')
    returning id, reference, received_at, due_date
), events as (
    insert into request_event (request_id, occurred_at, kind, actor, visible_to_requester, message, due_date)
    select r.id, r.received_at, e.kind, e.actor, true, null, e.due_date
    from request r
    cross join lateral (values ('RECEIVED', 'Leila Alaoui', null::date), ('ACKNOWLEDGED', 'système', r.due_date))
        as e(kind, actor, due_date)
), application as (
    insert into membership_application (reference, status, language, legal_name, rc_number, ice, patente_number,
                                        tax_identifier, cnss_number, address_line, city, activity, head_name,
                                        head_function, contact_name, contact_email, contact_phone, product, rate_step,
                                        employee_rate, employer_rate, moubakkir, mousabbak, email_link_id,
                                        access_key_hash, created_at, submitted_at, request_reference)
    select 'AD' || extract(year from now()) || '-' || lpad(nextval('membership_application_number')::text, 6, '0'),
           'SUBMITTED', 'fr', 'Ifrane Eaux Minérales SARL', '7712', '003145287000072', '52113340', '40223311',
           '8812345', 'Route d''Azrou, km 4', 'Ifrane', 'Embouteillage d''eau minérale', 'Hassan Benjelloun',
           'Gérant', 'Leila Alaoui', 'l.alaoui@ifrane-eaux.example', '0535566778', 'AL_KAMIL', 5, 6.00, 7.80,
           false, true, link.id, encode(sha256(convert_to('demo-adhesion', 'UTF8')), 'hex'),
           r.received_at - interval '1 hour', r.received_at, r.reference
    from link cross join request r
    returning id, created_at
), categories as (
    insert into membership_application_category (application_id, position, code, label, headcount, yearly_payroll)
    select a.id, c.position, c.code, c.label, c.headcount, c.payroll
    from application a
    cross join (values (1::smallint, 'CAD', 'Cadres', 6, 1080000.00),
                       (2::smallint, 'EMP', 'Employés', 38, 2280000.00)) as c(position, code, label, headcount, payroll)
)
insert into membership_document (application_id, kind, file_name, content_type, size_bytes, content, uploaded_at)
select a.id, d.kind, d.file_name, 'application/pdf', length(d.content), d.content, a.created_at
from application a
cross join (values ('STATUTES', 'statuts-ifrane-eaux.pdf', convert_to('%PDF-1.4' || chr(10) || '% statuts (démonstration)', 'UTF8')),
                   ('RC_EXTRACT', 'modele-j-ifrane-eaux.pdf', convert_to('%PDF-1.4' || chr(10) || '% modèle J (démonstration)', 'UTF8')))
    as d(kind, file_name, content);

with maghreb as (
    select c.id as company_id, k.id as category_id, u.id as account_id, u.display_name, u.email
    from company c
    join contribution_category k on k.company_id = c.id and k.code = 'EMP'
    join user_account u on u.login = 'maghreb.compte'
    where c.adherent_number = '100567'
), request as (
    insert into service_request (reference, type_code, requester_account_id, contact_name, contact_email, channel,
                                 language, subject, description, status, team, received_at, due_date,
                                 committed_due_date, acknowledgement_due_date, acknowledged_at)
    select 'R' || extract(year from now()) || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
           'COMPANY_RATE_CHANGE', m.account_id, m.display_name, m.email, 'WEB', 'fr',
           'Changement de taux — Maghreb Logistique SARL',
           'Changement de taux de la catégorie EMP Employés : 3,75 % salarial et 4,88 % patronal, à partir du mois prochain.',
           'ACKNOWLEDGED', 'COMPANIES', now() - interval '2 hours', current_date + 7, current_date + 7,
           current_date, now() - interval '2 hours'
    from maghreb m
    returning id, reference, received_at, due_date, contact_name
), events as (
    insert into request_event (request_id, occurred_at, kind, actor, visible_to_requester, message, due_date)
    select r.id, r.received_at, e.kind, e.actor, true, null, e.due_date
    from request r
    cross join lateral (values ('RECEIVED', 'maghreb.compte', null::date), ('ACKNOWLEDGED', 'système', r.due_date))
        as e(kind, actor, due_date)
)
insert into contract_request (company_id, kind, status, category_id, category_code, category_label, rate_step,
                              employee_rate, employer_rate, applies_from, request_reference, filed_by, filed_at)
select m.company_id, 'RATE_CHANGE', 'PENDING', m.category_id, 'EMP', 'Employés', 2, 3.75, 4.88,
       (date_trunc('month', now() at time zone 'Africa/Casablanca') + interval '1 month')::date,
       r.reference, m.account_id, r.received_at
from maghreb m cross join request r;
