-- Subscription of a member company to the téléservices (abonnement): the company names its user
-- administrator (the "personne déléguée"), prints the form, has it signed and stamped, and sends it
-- to the fund; staff validate it and the delegate's account opens with the password chosen in the
-- form. Only that password's bcrypt hash is kept, and only until the decision.

-- What the subscription tells the fund about the company, kept once validated.
alter table company add column website text check (length(website) <= 200);

-- The head of the company (responsable de l'entreprise), as the last validated subscription gave it.
create table company_head (
    company_id    bigint      primary key references company (id),
    civility      text        check (civility in ('MR', 'MRS')),
    last_name     text        not null check (length(trim(last_name)) > 0),
    first_name    text        not null check (length(trim(first_name)) > 0),
    function      text        not null check (length(trim(function)) > 0),
    direct_phone  text,
    landline_1    text,
    landline_2    text,
    fax           text,
    gsm           text,
    email         text,
    updated_at    timestamptz not null
);

create sequence company_subscription_number;

create table company_subscription (
    id                       bigint      generated always as identity primary key,
    -- what the applicant and staff quote: AB + year + number, e.g. AB2026-000042
    reference                text        not null unique,
    company_id               bigint      not null references company (id),
    status                   text        not null check (status in ('AWAITING_EMAIL', 'SUBMITTED', 'FORM_RECEIVED',
                                                                    'VALIDATED', 'REJECTED')),
    -- the applicant's language: their e-mails and, by default, their form
    language                 text        not null check (language in ('fr', 'ar', 'en')),
    -- informations générales
    rc_number                text        not null check (rc_number ~ '^[0-9]{1,7}$'),
    patente_number           text        not null check (patente_number ~ '^[0-9]{8}$'),
    website                  text        check (length(website) <= 200),
    -- responsable de l'entreprise
    head_civility            text        check (head_civility in ('MR', 'MRS')),
    head_last_name           text        not null,
    head_first_name          text        not null,
    head_function            text        not null,
    head_direct_phone        text,
    head_landline_1          text,
    head_landline_2          text,
    head_fax                 text,
    head_gsm                 text,
    head_email               text,
    -- personne déléguée
    delegate_civility        text        check (delegate_civility in ('MR', 'MRS')),
    delegate_last_name       text        not null,
    delegate_first_name      text        not null,
    delegate_function        text        not null,
    delegate_direct_phone    text,
    delegate_gsm             text,
    delegate_fax             text,
    delegate_email           text        not null,
    -- bcrypt of the password chosen in the form; forgotten once the subscription is decided
    password_hash            text,
    -- the one-time link that confirms the delegate's e-mail (SHA-256 of the token)
    email_token_hash         text        not null unique,
    email_token_expires_at   timestamptz not null,
    -- the long-lived key of the status page (SHA-256), given once the e-mail is confirmed
    status_key_hash          text        unique,
    applied_at               timestamptz not null,
    email_confirmed_at       timestamptz,
    form_received_at         timestamptz,
    -- the service request filed when the signed form arrived: the charter's clock
    request_reference        text,
    decided_at               timestamptz,
    decided_by               text,
    rejection_reason         text,
    check (email_token_expires_at > applied_at),
    check ((status = 'AWAITING_EMAIL') = (email_confirmed_at is null)),
    check ((status = 'AWAITING_EMAIL') = (status_key_hash is null)),
    check ((status in ('VALIDATED', 'REJECTED')) = (decided_at is not null)),
    check (status in ('VALIDATED', 'REJECTED') or password_hash is not null),
    check (status <> 'VALIDATED' or form_received_at is not null),
    check ((status = 'REJECTED') = (rejection_reason is not null))
);
create index company_subscription_company_idx on company_subscription (company_id);
create index company_subscription_status_idx on company_subscription (status, applied_at desc);
-- a second wall behind the service's check: one confirmed subscription in progress per company
create unique index company_subscription_one_in_progress_idx on company_subscription (company_id)
    where status in ('SUBMITTED', 'FORM_RECEIVED');
