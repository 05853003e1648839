-- The retiree's space, CIMR DIALCOM (DD036): opening it, the supporting documents and what the fund
-- tells about them, certificates anyone can check, revision requests and the changes a retiree asks.

-- What the fund knows to reach a retiree and where they live. Contact details on record are the
-- only channel an enrolment link goes to (DD022); for a retired affiliate with none of their own,
-- the address their employer declared. Residents in France received a printed access code (only
-- its SHA-256 is kept), which stands for the CIN they may not carry there.
alter table retiree add column email text check (email ~ '^[^@\s]+@[^@\s]+$');
alter table retiree add column mobile text check (mobile ~ '^\+?[0-9]{9,15}$');
alter table retiree add column address text;
alter table retiree add column country text not null default 'MA' check (country ~ '^[A-Z]{2}$');
alter table retiree add column family_situation text
    check (family_situation in ('SINGLE', 'MARRIED', 'WIDOWED', 'DIVORCED', 'REMARRIED'));
-- for a survivor: the spouse (a non-remarriage certificate every year) or an orphan (schooling)
alter table retiree add column survivor_relation text check (survivor_relation in ('SPOUSE', 'ORPHAN'));
alter table retiree add column access_code_hash text unique check (access_code_hash ~ '^[0-9a-f]{64}$');

-- Enrolment: a one-time link to the channel on record, as for affiliates (DD017, DD022). The list
-- keeps V34's membership applications.
alter table one_time_link drop constraint one_time_link_purpose_check;
alter table one_time_link add constraint one_time_link_purpose_check
    check (purpose in ('ACCOUNT_ACTIVATION', 'EMAIL_CHANGE', 'PASSWORD_RESET', 'AFFILIATE_ENROLMENT',
                       'COMPANY_SUBSCRIPTION', 'MEMBERSHIP_APPLICATION', 'RETIREE_ENROLMENT'));
create table retiree_enrolment (
    link_id     bigint primary key references one_time_link (id) on delete cascade,
    retiree_id  bigint not null references retiree (id),
    email       text   not null
);
create index retiree_enrolment_retiree_idx on retiree_enrolment (retiree_id);

-- Supporting documents (pièces justificatives) a retiree uploads and staff review. An accepted one
-- is valid until a date; the latest accepted of a kind says until when the pension needs no other.
create table supporting_document (
    id               bigint generated always as identity primary key,
    retiree_id       bigint      not null references retiree (id),
    kind             text        not null check (kind in ('PROOF_OF_LIFE', 'NON_REMARRIAGE', 'SCHOOLING')),
    file_name        text        not null,
    content_type     text        not null,
    content          bytea       not null,
    uploaded_at      timestamptz not null,
    status           text        not null check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    valid_until      date,
    reviewed_by      text,
    reviewed_at      timestamptz,
    rejection_reason text,
    check ((status = 'ACCEPTED') = (valid_until is not null)),
    check ((status = 'PENDING') = (reviewed_at is null))
);
create index supporting_document_retiree_idx on supporting_document (retiree_id, kind);
create index supporting_document_pending_idx on supporting_document (uploaded_at) where status = 'PENDING';

-- What the fund sent about a document running out: a reminder before it expires, a notice once it
-- has (the pension is suspended only a grace period after the notice). One of each per expiry, so
-- a job that runs twice sends nothing twice.
create table document_notice (
    retiree_id  bigint      not null references retiree (id),
    kind        text        not null check (kind in ('PROOF_OF_LIFE', 'NON_REMARRIAGE', 'SCHOOLING')),
    expires_on  date        not null,
    stage       text        not null check (stage in ('REMINDER', 'NOTICE')),
    sent_at     timestamptz not null,
    primary key (retiree_id, kind, expires_on, stage)
);

-- Certificates (attestations): a pension certificate on demand, a tax certificate for every retiree
-- each January. The verification code is what a bank or a consulate types on the public check page.
create table certificate (
    id                bigint generated always as identity primary key,
    code              text        not null unique check (code ~ '^[0-9A-Z]{12}$'),
    retiree_id        bigint      not null references retiree (id),
    kind              text        not null check (kind in ('PENSION', 'TAX')),
    tax_year          integer,
    issued_at         timestamptz not null,
    valid_until       date        not null,
    revoked_at        timestamptz,
    check ((kind = 'TAX') = (tax_year is not null))
);
create index certificate_retiree_idx on certificate (retiree_id, issued_at);
create unique index certificate_tax_idx on certificate (retiree_id, tax_year) where kind = 'TAX';

-- Each January's batch of tax certificates: when it finished, against the charter's 5 January
-- (allocataires n°6).
create table tax_certificate_batch (
    tax_year      integer     primary key,
    finished_at   timestamptz not null,
    certificates  integer     not null
);

-- Revision requests (révision de pension): why, by how much a month, where it stands, when settled.
create table pension_revision (
    id            bigint generated always as identity primary key,
    retiree_id    bigint        not null references retiree (id),
    motive        text          not null check (motive in ('POINTS_CORRECTION', 'LATE_CONTRIBUTIONS', 'REVERSION', 'OTHER')),
    amount        numeric(12, 2),
    status        text          not null check (status in ('REQUESTED', 'IN_PROGRESS', 'SETTLED', 'REJECTED')),
    requested_on  date          not null,
    settled_on    date,
    check ((status = 'SETTLED') = (settled_on is not null))
);
create index pension_revision_retiree_idx on pension_revision (retiree_id);

-- A change the retiree asks (bank details or payment mode, address, family situation): a service
-- request whose structured content staff accept, which then changes the retiree's row.
create table retiree_change (
    id                bigint generated always as identity primary key,
    request_reference text        not null unique references service_request (reference),
    retiree_id        bigint      not null references retiree (id),
    kind              text        not null check (kind in ('PAYMENT', 'ADDRESS', 'FAMILY')),
    payment_mode      text        check (payment_mode in ('BANK_TRANSFER', 'RAHATI_CARD')),
    rib               text        check (rib ~ '^[0-9]{24}$'),
    address           text,
    country           text        check (country ~ '^[A-Z]{2}$'),
    family_situation  text        check (family_situation in ('SINGLE', 'MARRIED', 'WIDOWED', 'DIVORCED', 'REMARRIED')),
    asked_at          timestamptz not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
    decided_by        text,
    decided_at        timestamptz,
    check (kind <> 'PAYMENT' or (payment_mode is not null and (payment_mode = 'RAHATI_CARD' or rib is not null))),
    check (kind <> 'ADDRESS' or address is not null),
    check (kind <> 'FAMILY' or family_situation is not null),
    check ((status = 'PENDING') = (decided_at is null))
);
create index retiree_change_pending_idx on retiree_change (asked_at) where status = 'PENDING';

-- These two are now filed by the space's own forms, with their structured content: never typed
-- about on the free request form (DD023).
update request_type set filed_by_system = true where code in ('RETIREE_PAYMENT_CHANGE', 'RETIREE_PERSONAL_CHANGE');
