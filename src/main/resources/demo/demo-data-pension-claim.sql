-- E-liquidation (DD035): one pension claim Atlas Conserves' e-liquidation user (atlas.liquidation)
-- filed two days ago for an employee turning 60 around now, with its five papers received and
-- waiting for staff (backoffice/pension-claims). The papers are tiny placeholder PDFs. Nothing is
-- inserted when no Atlas employee turns 60 within the window (the dates follow the current date).

with claimant as (
    select a.id as affiliate_id, a.cin, a.last_name, a.first_name, a.birth_date, a.email,
           (a.birth_date + interval '60 years')::date as retirement_date,
           c.id as company_id,
           rib.digits || lpad((97 - (rib.digits::numeric * 100) % 97)::text, 2, '0') as rib
    from affiliate a
    join company c on c.adherent_number = '100234'
    cross join lateral (select '007780' || lpad((a.id * 7919)::text, 16, '0') as digits) as rib
    where a.id <= 200
      and exists (select 1 from contribution k where k.affiliate_id = a.id and k.company_id = c.id)
      and (a.birth_date + interval '60 years')::date between current_date - interval '3 months'
                                                         and current_date + interval '9 months'
      and not exists (select 1 from retiree r where r.affiliate_id = a.id)
    order by a.birth_date, a.id
    limit 1
), filer as (
    select u.id as account_id, u.display_name, u.email, u.login
    from user_account u where u.login = 'atlas.liquidation'
), request as (
    insert into service_request (reference, type_code, requester_account_id, contact_name, contact_email, channel,
                                 language, subject, description, status, team, received_at, due_date,
                                 committed_due_date, acknowledgement_due_date, acknowledged_at)
    select 'R' || extract(year from now() - interval '2 days') || '-' || lpad(nextval('service_request_number')::text, 6, '0'),
           'COMPANY_PENSION_CLAIM', f.account_id, f.display_name, f.email, 'WEB', 'fr',
           'Liquidation ' || a.matricule || ' — ' || cl.last_name || ' ' || cl.first_name,
           'NORMAL, ' || cl.retirement_date || ', ' || a.matricule || ' — ' || cl.last_name || ' ' || cl.first_name,
           'ACKNOWLEDGED', 'RETIREES', now() - interval '2 days', current_date + 12, current_date + 12,
           ((now() - interval '2 days') at time zone 'Africa/Casablanca')::date, now() - interval '2 days'
    from claimant cl
    join affiliate a on a.id = cl.affiliate_id
    cross join filer f
    returning id, reference, received_at, due_date
), events as (
    insert into request_event (request_id, occurred_at, kind, actor, visible_to_requester, message, due_date)
    select r.id, r.received_at, e.kind, e.actor, true, null, case when e.kind = 'ACKNOWLEDGED' then r.due_date end
    from request r
    cross join (values ('RECEIVED', 'atlas.liquidation'), ('ACKNOWLEDGED', 'system')) as e(kind, actor)
), claim as (
    insert into pension_claim (reference, company_id, affiliate_id, kind, effective_date, claimant_cin,
                               claimant_last_name, claimant_first_name, claimant_birth_date, claimant_email,
                               claimant_phone, reversion_to_spouse, payment_mode, rib, status, filed_by, filed_at)
    select r.reference, cl.company_id, cl.affiliate_id, 'NORMAL', cl.retirement_date, cl.cin, cl.last_name,
           cl.first_name, cl.birth_date, cl.email, '+212612345603', true, 'BANK_TRANSFER', cl.rib, 'FILED',
           'atlas.liquidation', r.received_at
    from request r cross join claimant cl
    returning id, filed_at
), papers as (
    insert into pension_claim_document (claim_id, kind, file_name, content_type, size_bytes, content, uploaded_by,
                                        uploaded_at, status)
    select c.id, d.kind, lower(d.kind) || '.pdf', 'application/pdf',
           octet_length(convert_to('%PDF-1.4' || chr(10) || '% demo ' || d.kind || chr(10) || '%%EOF', 'UTF8')),
           convert_to('%PDF-1.4' || chr(10) || '% demo ' || d.kind || chr(10) || '%%EOF', 'UTF8'),
           'atlas.liquidation', c.filed_at, 'RECEIVED'
    from claim c
    cross join (values ('CIN_COPY'), ('BIRTH_CERTIFICATE'), ('WORK_CERTIFICATE'), ('MARRIAGE_CERTIFICATE'),
                       ('RIB_CERTIFICATE')) as d(kind)
)
insert into pension_claim_event (claim_id, occurred_at, kind, actor, message)
select c.id, c.filed_at, 'FILED', 'atlas.liquidation', null from claim c;
