-- Téléadhésion and the company's contract afterwards (issue 12, DD034): a company that is not yet a
-- member applies online, staff accept or refuse it within the charter's 5 business days (adhérents
-- n°6), and a member asks for an extension to another category, a rate change or the Moubakkir /
-- Mousabbak options (n°7 to 9) through structured requests that, accepted, change the categories
-- and rates the next declarations are priced with.
--
-- The offer's rate steps are not repeated here: they are contribution_rate_step (V5), which the
-- administrator edits under four eyes; an application and a request keep the step's rates as
-- chosen, the contract keeps them on contribution_category and contribution_rate_change.

-- The applicant proves their address with a one-time link (DD017), like a subscription's delegate.
alter table one_time_link drop constraint one_time_link_purpose_check;
alter table one_time_link add constraint one_time_link_purpose_check
    check (purpose in ('ACCOUNT_ACTIVATION', 'EMAIL_CHANGE', 'PASSWORD_RESET', 'AFFILIATE_ENROLMENT',
                       'COMPANY_SUBSCRIPTION', 'MEMBERSHIP_APPLICATION'));

-- What a company gives of itself besides what company already holds (RC, patente, ICE).
alter table company
    add column tax_identifier text check (tax_identifier ~ '^[0-9]{7,8}$'),
    add column cnss_number    text check (cnss_number ~ '^[0-9]{7,9}$'),
    add column activity       text;

-- New members' adherent numbers; the demo's and older members' numbers are below it.
create sequence company_adherent_number start with 300001 maxvalue 999999;
create sequence membership_application_number;

create table membership_application (
    id                     bigint      generated always as identity primary key,
    -- what the applicant quotes: AD + year + number, e.g. AD2026-000007
    reference              text        not null unique,
    status                 text        not null check (status in ('AWAITING_EMAIL', 'SUBMITTED', 'WAITING_FOR_DOCUMENTS',
                                                                  'ACCEPTED', 'REFUSED')),
    language               text        not null check (language in ('fr', 'ar', 'en')),
    legal_name             text        not null check (length(trim(legal_name)) between 1 and 100),
    rc_number              text        not null check (rc_number ~ '^[0-9]{1,7}$'),
    ice                    text        not null check (ice ~ '^[0-9]{15}$'),
    patente_number         text        not null check (patente_number ~ '^[0-9]{8}$'),
    tax_identifier         text        not null check (tax_identifier ~ '^[0-9]{7,8}$'),
    cnss_number            text        not null check (cnss_number ~ '^[0-9]{7,9}$'),
    address_line           text        not null check (length(trim(address_line)) between 1 and 100),
    city                   text        not null check (length(trim(city)) between 1 and 100),
    activity               text        not null check (length(trim(activity)) between 1 and 100),
    head_name              text        not null check (length(trim(head_name)) between 1 and 100),
    head_function          text        not null check (length(trim(head_function)) between 1 and 100),
    contact_name           text        not null check (length(trim(contact_name)) between 1 and 100),
    contact_email          text        not null,
    contact_phone          text        not null check (contact_phone ~ '^0[5-7][0-9]{8}$'),
    -- the offer chosen: a product, one of its steps and its rates when chosen, the options
    product                text        not null check (product in ('AL_KAMIL')),
    rate_step              smallint    not null check (rate_step between 1 and 30),
    employee_rate          numeric(5, 2) not null check (employee_rate > 0 and employee_rate < 100),
    employer_rate          numeric(5, 2) not null check (employer_rate > 0 and employer_rate < 100),
    moubakkir              boolean     not null default false,
    mousabbak              boolean     not null default false,
    email_link_id          bigint      not null references one_time_link (id),
    -- the status page's key, sent to the confirmed address only (its SHA-256)
    access_key_hash        text        check (access_key_hash ~ '^[0-9a-f]{64}$'),
    created_at             timestamptz not null,
    submitted_at           timestamptz,
    -- the COMPANY_MEMBERSHIP request filed at submission: the charter's clock (adhérents n°6)
    request_reference      text        references service_request (reference),
    missing_documents      text,
    decided_at             timestamptz,
    decided_by             text,
    refusal_reason         text,
    company_id             bigint      references company (id),
    check ((status = 'AWAITING_EMAIL') = (submitted_at is null)),
    check (status = 'AWAITING_EMAIL' or (access_key_hash is not null and request_reference is not null)),
    check ((status in ('ACCEPTED', 'REFUSED')) = (decided_at is not null)),
    check ((status = 'ACCEPTED') = (company_id is not null)),
    check ((status = 'REFUSED') = (refusal_reason is not null)),
    check ((status = 'WAITING_FOR_DOCUMENTS') <= (missing_documents is not null))
);
-- one open application per company: the same ICE or RC cannot apply twice at once
create unique index membership_application_open_ice_idx on membership_application (ice)
    where status not in ('REFUSED');
create unique index membership_application_open_rc_idx on membership_application (rc_number)
    where status not in ('REFUSED');
create index membership_application_queue_idx on membership_application (status, submitted_at);

-- Its staff by category: headcount and yearly payroll, each category priced at the chosen step.
create table membership_application_category (
    application_id  bigint        not null references membership_application (id) on delete cascade,
    position        smallint      not null check (position between 1 and 10),
    code            text          not null check (code ~ '^[A-Z0-9]{2,6}$'),
    label           text          not null check (length(trim(label)) between 1 and 60),
    headcount       integer       not null check (headcount between 1 and 1000000),
    yearly_payroll  numeric(16, 2) not null check (yearly_payroll > 0),
    primary key (application_id, position),
    unique (application_id, code)
);

-- The documents asked (statutes, RC extract, ...), checked like a request's attachments.
create table membership_document (
    id              bigint      generated always as identity primary key,
    application_id  bigint      not null references membership_application (id) on delete cascade,
    kind            text        not null check (kind in ('STATUTES', 'RC_EXTRACT', 'TAX_REGISTRATION', 'CNSS_CERTIFICATE',
                                                         'OTHER')),
    file_name       text        not null check (length(file_name) between 1 and 255),
    content_type    text        not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes      integer     not null check (size_bytes between 1 and 10485760),
    content         bytea       not null,
    uploaded_at     timestamptz not null
);
create index membership_document_application_idx on membership_document (application_id);

-- The options a member company subscribed (adhérents n°9), from a month on.
create table company_option (
    company_id    bigint not null references company (id),
    option        text   not null check (option in ('MOUBAKKIR', 'MOUSABBAK')),
    applies_from  date   not null check (extract(day from applies_from) = 1),
    primary key (company_id, option)
);

-- A member company's structured request about its contract (adhérents n°7 to 9), filed from the
-- company space with its service request; accepted, it changes the contract.
create table contract_request (
    id                 bigint        generated always as identity primary key,
    company_id         bigint        not null references company (id),
    kind               text          not null check (kind in ('EXTENSION', 'RATE_CHANGE', 'OPTIONS')),
    status             text          not null check (status in ('PENDING', 'ACCEPTED', 'REFUSED')),
    -- a rate change: the category; an extension: the new category's code, label, headcount, payroll
    category_id        bigint        references contribution_category (id),
    category_code      text          check (category_code ~ '^[A-Z0-9]{2,6}$'),
    category_label     text          check (length(trim(category_label)) between 1 and 60),
    headcount          integer       check (headcount between 1 and 1000000),
    yearly_payroll     numeric(16, 2) check (yearly_payroll > 0),
    -- extension and rate change: the step chosen and its rates when chosen, from which month
    rate_step          smallint      check (rate_step between 1 and 30),
    employee_rate      numeric(5, 2) check (employee_rate > 0 and employee_rate < 100),
    employer_rate      numeric(5, 2) check (employer_rate > 0 and employer_rate < 100),
    applies_from       date          not null check (extract(day from applies_from) = 1),
    -- options: what the company wants after the request (each may be added or given up)
    moubakkir          boolean,
    mousabbak          boolean,
    request_reference  text          not null references service_request (reference),
    filed_by           bigint        not null references user_account (id),
    filed_at           timestamptz   not null,
    decided_by         text,
    decided_at         timestamptz,
    refusal_reason     text,
    check (kind <> 'RATE_CHANGE' or (category_id is not null and rate_step is not null)),
    check (kind <> 'EXTENSION' or (category_code is not null and category_label is not null and headcount is not null
                                   and yearly_payroll is not null and rate_step is not null)),
    check (kind <> 'OPTIONS' or (moubakkir is not null and mousabbak is not null)),
    check ((status = 'PENDING') = (decided_at is null)),
    check ((status = 'REFUSED') = (refusal_reason is not null))
);
create index contract_request_company_idx on contract_request (company_id, filed_at desc);
create index contract_request_pending_idx on contract_request (filed_at) where status = 'PENDING';
-- one pending request of a kind per company (and per category for a rate change)
create unique index contract_request_one_pending_idx on contract_request (company_id, kind, coalesce(category_id, 0))
    where status = 'PENDING';

-- Membership, extensions, rate changes and options are filed by the portal with the application or
-- the structured request, never typed as free text (DD023): the free-text types that stood in for
-- them are no longer offered to companies nor entered by hand; their past requests stay readable.
update request_type set filed_by_system = true
where code in ('COMPANY_MEMBERSHIP', 'COMPANY_EXTENSION', 'COMPANY_RATE_CHANGE', 'COMPANY_OPTIONS');
