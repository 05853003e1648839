-- Service requests: everything a person asks the fund for, each with the deadline the charter
-- promises, a timeline the requester can follow, and complaints with their escalation chain.

-- How a commitment turns a reception date into a due date. Most are "N business days"; some are
-- calendar rules ("a change asked before the 15th applies to the next payment").
alter table service_commitment
    add column rule text not null default 'BUSINESS_DAYS'
        check (rule in ('BUSINESS_DAYS', 'FIRST_OF_NEXT_MONTH', 'NEXT_MONTH_IF_BEFORE_DAY', 'ANNUAL_DATE')),
    add column rule_day smallint check (rule_day between 1 and 31),
    add column rule_month smallint check (rule_month between 1 and 12);

update service_commitment set rule = 'FIRST_OF_NEXT_MONTH' where population = 'RETIREE' and number = 1;
update service_commitment set rule = 'NEXT_MONTH_IF_BEFORE_DAY', rule_day = 20 where population = 'RETIREE' and number = 3;
update service_commitment set rule = 'NEXT_MONTH_IF_BEFORE_DAY', rule_day = 15 where population = 'RETIREE' and number = 4;
update service_commitment set rule = 'ANNUAL_DATE', rule_day = 5, rule_month = 1 where population = 'RETIREE' and number = 6;

alter table service_commitment
    add constraint service_commitment_rule_complete check (
        (rule = 'BUSINESS_DAYS') = (deadline_business_days is not null)
        and (rule <> 'NEXT_MONTH_IF_BEFORE_DAY' or rule_day is not null)
        and (rule <> 'ANNUAL_DATE' or (rule_day is not null and rule_month is not null)));

-- How complaints are handled: acknowledgement and answer deadlines, whether a delay must be
-- announced with the new date, and where the requester can turn next.
create table complaint_scheme (
    code                       text     primary key,
    label_fr                   text     not null,
    label_ar                   text     not null,
    label_en                   text     not null,
    acknowledgement_days       smallint not null check (acknowledgement_days >= 0),
    answer_days                smallint not null check (answer_days > 0),
    -- business days (the charter) or calendar days (the 10/40-day scheme)
    business_days              boolean  not null,
    delay_notice_required      boolean  not null,
    -- the independent conciliation service opens when there is no answer after this many days
    conciliation_after_days    smallint not null check (conciliation_after_days > 0),
    mediator_name              text     not null,
    mediator_contact           text     not null
);

insert into complaint_scheme values
('CHARTER', 'Charte client : réponse en 4 jours ouvrés', 'ميثاق الزبناء: الرد داخل 4 أيام عمل',
 'Client charter: answer within 4 business days', 0, 4, true, false, 30,
 'Médiateur de l''assurance et de la prévoyance sociale', 'mediation@example.ma — BP 1000, Rabat'),
('TEN_FORTY', 'Accusé de réception en 10 jours, réponse en 40 jours',
 'إشعار بالتوصل داخل 10 أيام والرد داخل 40 يوما', 'Acknowledged within 10 days, answered within 40 days',
 10, 40, false, true, 30,
 'Médiateur de l''assurance et de la prévoyance sociale', 'mediation@example.ma — BP 1000, Rabat');

-- What can be asked, who handles it and which commitment applies.
create table request_type (
    code              text   primary key,
    population        text   not null check (population in ('RETIREE', 'AFFILIATE', 'COMPANY')),
    commitment_id     bigint not null references service_commitment (id),
    team              text   not null check (team in ('RETIREES', 'AFFILIATES', 'COMPANIES')),
    complaint_scheme  text   references complaint_scheme (code),
    label_fr          text   not null,
    label_ar          text   not null,
    label_en          text   not null
);

insert into request_type (code, population, commitment_id, team, complaint_scheme, label_fr, label_ar, label_en)
select t.code, t.population, c.id, t.team, t.scheme, t.label_fr, t.label_ar, t.label_en
from (values
    ('RETIREE_FIRST_PENSION', 'RETIREE', 2, 'RETIREES', null, 'Paiement de la première pension', 'أداء المعاش الأول', 'First pension payment'),
    ('RETIREE_REVISION', 'RETIREE', 3, 'RETIREES', null, 'Révision de pension', 'مراجعة المعاش', 'Pension revision'),
    ('RETIREE_PAYMENT_CHANGE', 'RETIREE', 4, 'RETIREES', null, 'Changement de mode de paiement ou de RIB', 'تغيير طريقة الأداء أو الحساب البنكي', 'Change of payment mode or bank account'),
    ('RETIREE_PERSONAL_CHANGE', 'RETIREE', 5, 'RETIREES', null, 'Changement d''adresse ou de situation familiale', 'تغيير العنوان أو الوضعية العائلية', 'Change of address or family situation'),
    ('RETIREE_TAX_CERTIFICATE', 'RETIREE', 6, 'RETIREES', null, 'Attestation de pension pour usage fiscal', 'شهادة المعاش للاستعمال الضريبي', 'Pension certificate for tax purposes'),
    ('RETIREE_COMPLAINT', 'RETIREE', 7, 'RETIREES', 'CHARTER', 'Réclamation', 'شكاية', 'Complaint'),
    ('RETIREE_COMPLAINT_ABROAD', 'RETIREE', 7, 'RETIREES', 'TEN_FORTY', 'Réclamation sur une pension virée hors Maroc', 'شكاية بشأن معاش محول خارج المغرب', 'Complaint about a pension paid abroad'),
    ('RETIREE_INFORMATION', 'RETIREE', 8, 'RETIREES', null, 'Demande d''information', 'طلب معلومات', 'Request for information'),
    ('AFFILIATE_UPDATE', 'AFFILIATE', 1, 'AFFILIATES', null, 'Mise à jour de mes informations', 'تحيين معلوماتي', 'Update of my information'),
    ('AFFILIATE_SUBSCRIPTION', 'AFFILIATE', 2, 'AFFILIATES', null, 'Abonnement à l''espace affilié', 'الاشتراك في فضاء المنخرط', 'Subscription to the affiliate space'),
    ('AFFILIATE_STATEMENT', 'AFFILIATE', 3, 'AFFILIATES', null, 'Mise à jour du relevé de points', 'تحيين كشف النقط', 'Points statement update'),
    ('AFFILIATE_BUYBACK', 'AFFILIATE', 4, 'AFFILIATES', null, 'Achat de points', 'شراء النقط', 'Points buy-back'),
    ('AFFILIATE_COMPLAINT', 'AFFILIATE', 5, 'AFFILIATES', 'CHARTER', 'Réclamation', 'شكاية', 'Complaint'),
    ('AFFILIATE_INFORMATION', 'AFFILIATE', 6, 'AFFILIATES', null, 'Demande d''information', 'طلب معلومات', 'Request for information'),
    ('COMPANY_SUBSCRIPTION', 'COMPANY', 1, 'COMPANIES', null, 'Abonnement aux téléservices', 'الاشتراك في الخدمات عن بعد', 'Subscription to the téléservices'),
    ('COMPANY_DECLARATION', 'COMPANY', 2, 'COMPANIES', null, 'Déclaration de salaires', 'التصريح بالأجور', 'Salary declaration'),
    ('COMPANY_RECALL', 'COMPANY', 3, 'COMPANIES', null, 'Rappel de cotisations', 'استدراك الاشتراكات', 'Contribution recall'),
    ('COMPANY_CANCELLATION', 'COMPANY', 4, 'COMPANIES', null, 'Annulation de déclaration', 'إلغاء تصريح', 'Declaration cancellation'),
    ('COMPANY_ACCOUNT_UPDATE', 'COMPANY', 5, 'COMPANIES', null, 'Mise à jour du compte adhérent', 'تحيين حساب المنخرط', 'Company account update'),
    ('COMPANY_MEMBERSHIP', 'COMPANY', 6, 'COMPANIES', null, 'Demande d''adhésion', 'طلب الانخراط', 'Membership application'),
    ('COMPANY_EXTENSION', 'COMPANY', 7, 'COMPANIES', null, 'Extension d''adhésion', 'توسيع الانخراط', 'Membership extension'),
    ('COMPANY_RATE_CHANGE', 'COMPANY', 8, 'COMPANIES', null, 'Changement de taux', 'تغيير نسبة الاشتراك', 'Change of contribution rate'),
    ('COMPANY_OPTIONS', 'COMPANY', 9, 'COMPANIES', null, 'Souscription aux options Moubakkir et Mousabbak', 'الاكتتاب في خياري مبكر ومسبق', 'Moubakkir and Mousabbak options'),
    ('COMPANY_COMPLAINT', 'COMPANY', 10, 'COMPANIES', 'CHARTER', 'Réclamation', 'شكاية', 'Complaint'),
    ('COMPANY_INFORMATION', 'COMPANY', 11, 'COMPANIES', null, 'Demande d''information', 'طلب معلومات', 'Request for information')
) as t(code, population, number, team, scheme, label_fr, label_ar, label_en)
join service_commitment c on c.population = t.population and c.number = t.number;

create sequence service_request_number;

create table service_request (
    id                     bigint      generated always as identity primary key,
    -- what the requester quotes: R + year + number, e.g. R2026-000042
    reference              text        not null unique,
    type_code              text        not null references request_type (code),
    -- a signed-in requester; otherwise an anonymous visitor known by contact details
    requester_account_id   bigint      references user_account (id),
    contact_name           text        not null,
    contact_email          text,
    contact_phone          text,
    -- anonymous requesters follow their request with the reference plus this secret (hashed)
    access_secret_hash     text,
    channel                text        not null check (channel in ('WEB', 'EMAIL', 'PHONE', 'POST', 'AGENCY')),
    -- the language the request was written in; the text is kept as written
    language               text        not null,
    subject                text        not null check (length(trim(subject)) > 0),
    description            text        not null check (length(trim(description)) > 0),
    -- the answer closes a request; a complaint may then be escalated, which opens it again
    status                 text        not null check (status in ('ACKNOWLEDGED', 'ASSIGNED', 'WAITING_FOR_REQUESTER', 'CLOSED')),
    level                  text        not null default 'FUND' check (level in ('FUND', 'CONCILIATION', 'MEDIATION')),
    team                   text        not null check (team in ('RETIREES', 'AFFILIATES', 'COMPANIES', 'CONCILIATION')),
    assignee_account_id    bigint      references user_account (id),
    received_at            timestamptz not null,
    due_date               date        not null,
    -- while waiting for the requester the clock stops; the due date moves on when it resumes
    paused_on              date,
    answered_at            timestamptz,
    closed_at              timestamptz,
    warned_at              timestamptz,
    late_since             date,
    rating                 smallint    check (rating between 1 and 5),
    rating_comment         text,
    check (requester_account_id is not null or contact_email is not null or contact_phone is not null),
    check (requester_account_id is not null or access_secret_hash is not null),
    check ((status = 'WAITING_FOR_REQUESTER') = (paused_on is not null)),
    check (rating is null or status = 'CLOSED')
);
create index service_request_requester_idx on service_request (requester_account_id);
create index service_request_queue_idx on service_request (team, status, due_date);
create index service_request_open_due_idx on service_request (due_date) where status <> 'CLOSED';

-- The timeline. Internal notes are events the requester never sees.
create table request_event (
    id            bigint      generated always as identity primary key,
    request_id    bigint      not null references service_request (id),
    occurred_at   timestamptz not null,
    kind          text        not null check (kind in ('RECEIVED', 'ACKNOWLEDGED', 'ASSIGNED', 'NOTE', 'WAITING_FOR_REQUESTER',
                                                      'RESUMED', 'DELAY_NOTICE', 'ANSWERED', 'CLOSED', 'REOPENED',
                                                      'ESCALATED', 'RATED', 'DEADLINE_WARNING', 'LATE')),
    actor         text        not null,
    visible_to_requester boolean not null,
    message       text,
    due_date      date
);
create index request_event_request_idx on request_event (request_id, occurred_at);
-- a deadline warning and the "late" mark happen once per deadline of a request (escalation, reopening
-- and delay notices give it a new one), whatever the number of instances
create unique index request_event_once_idx on request_event (request_id, kind, due_date)
    where kind in ('DEADLINE_WARNING', 'LATE');

create table request_attachment (
    id            bigint      generated always as identity primary key,
    request_id    bigint      not null references service_request (id),
    file_name     text        not null,
    content_type  text        not null,
    size_bytes    integer     not null check (size_bytes between 1 and 10485760),
    content       bytea       not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text        not null
);
create index request_attachment_request_idx on request_attachment (request_id);

-- Answers staff start from, in the requester's language.
create table answer_template (
    code      text not null,
    language  text not null check (language in ('fr', 'ar', 'en')),
    title     text not null,
    body      text not null,
    primary key (code, language)
);

insert into answer_template (code, language, title, body) values
('INFORMATION', 'fr', 'Réponse à une demande d''information',
 'Madame, Monsieur,' || chr(10) || chr(10) || 'Suite à votre demande, nous vous informons que ' || chr(10) || chr(10) || 'Nous restons à votre disposition.' || chr(10) || 'Le service clients'),
('INFORMATION', 'ar', 'الرد على طلب معلومات',
 'سيدتي، سيدي،' || chr(10) || chr(10) || 'جوابا على طلبكم، نخبركم بأن ' || chr(10) || chr(10) || 'ونبقى رهن إشارتكم.' || chr(10) || 'مصلحة الزبناء'),
('INFORMATION', 'en', 'Answer to a request for information',
 'Dear Sir or Madam,' || chr(10) || chr(10) || 'Following your request, we inform you that ' || chr(10) || chr(10) || 'We remain at your disposal.' || chr(10) || 'Client service'),
('COMPLAINT_UPHELD', 'fr', 'Réclamation fondée',
 'Madame, Monsieur,' || chr(10) || chr(10) || 'Après examen de votre réclamation, nous reconnaissons que ' || chr(10) || 'Nous avons procédé à la régularisation suivante : ' || chr(10) || chr(10) || 'Le service réclamations'),
('COMPLAINT_UPHELD', 'ar', 'شكاية مبررة',
 'سيدتي، سيدي،' || chr(10) || chr(10) || 'بعد دراسة شكايتكم، نعترف بأن ' || chr(10) || 'وقد قمنا بالتسوية التالية: ' || chr(10) || chr(10) || 'مصلحة الشكايات'),
('COMPLAINT_UPHELD', 'en', 'Complaint upheld',
 'Dear Sir or Madam,' || chr(10) || chr(10) || 'Having examined your complaint, we acknowledge that ' || chr(10) || 'We have made the following correction: ' || chr(10) || chr(10) || 'Complaints service'),
('COMPLAINT_REJECTED', 'fr', 'Réclamation non fondée',
 'Madame, Monsieur,' || chr(10) || chr(10) || 'Après examen de votre réclamation, nous ne pouvons y donner une suite favorable pour la raison suivante : ' || chr(10) || chr(10) || 'Le service réclamations'),
('COMPLAINT_REJECTED', 'ar', 'شكاية غير مبررة',
 'سيدتي، سيدي،' || chr(10) || chr(10) || 'بعد دراسة شكايتكم، يتعذر علينا الاستجابة لها للسبب التالي: ' || chr(10) || chr(10) || 'مصلحة الشكايات'),
('COMPLAINT_REJECTED', 'en', 'Complaint not upheld',
 'Dear Sir or Madam,' || chr(10) || chr(10) || 'Having examined your complaint, we cannot uphold it for the following reason: ' || chr(10) || chr(10) || 'Complaints service');

-- The conciliation service's staff: independent of the teams that answered first.
alter table account_role drop constraint account_role_role_check;
alter table account_role add constraint account_role_role_check
    check (role in ('DELEGATE', 'COMPANY_ACCOUNT', 'DECLARATION', 'PAYMENT_ORDERER', 'PAYMENT_VALIDATOR', 'LIQUIDATION',
                    'AFFILIATE', 'RETIREE', 'AGENT', 'SUPERVISOR', 'CONCILIATOR', 'ADMINISTRATOR'));
