-- E-liquidation (DD035): a company's e-liquidation user files the pension claim of an employee who
-- retires (or of a deceased employee's survivors), staff check its papers, compute the pension from
-- the affiliate's points and liquidate it: a pension file (N° DP), its documents, an invitation.

-- 1. The charter promises nothing about liquidation ("des délais très courts", the user guide says,
-- without a figure). A pension claim is still a service request, so it has a due date, a timeline
-- and a clock that pauses while papers are missing; its delay is the fund's own, kept with the type,
-- and it is counted in no commitment of the charter (DD023: the charter's figures stay the charter's).
alter table request_type alter column commitment_id drop not null;
alter table request_type add column own_deadline_business_days smallint check (own_deadline_business_days > 0);
alter table request_type add constraint request_type_deadline_known
    check ((commitment_id is null) = (own_deadline_business_days is not null));
alter table request_type drop constraint request_type_uncounted_has_scheme;
alter table request_type add constraint request_type_uncounted_has_scheme
    check (counted_in_commitment or complaint_scheme is not null or commitment_id is null);
alter table request_type add constraint request_type_outside_charter_uncounted
    check (commitment_id is not null or not counted_in_commitment);

insert into request_type (code, population, commitment_id, own_deadline_business_days, team, complaint_scheme,
                          label_fr, label_ar, label_en, filed_by_system, counted_in_commitment)
values ('COMPANY_PENSION_CLAIM', 'COMPANY', null, 10, 'RETIREES', null,
        'Demande de liquidation de pension (e-liquidation)', 'طلب تصفية المعاش (التصفية الإلكترونية)',
        'Pension claim (e-liquidation)', true, false);

-- 2. N° DP of the pensions the portal liquidates: above the 50 of the demo and the fund's imports.
create sequence pension_file_number_seq start with 1000 maxvalue 9999999;

-- 3. The claim: whose pension (the affiliate), for whom (the affiliate, or a survivor), from when,
-- with which options; one open claim per affiliate and claimant.
create table pension_claim (
    id                   bigint generated always as identity primary key,
    -- the service request's reference: what the company and staff quote
    reference            text          not null unique,
    company_id           bigint        not null references company (id),
    affiliate_id         bigint        not null references affiliate (id),
    kind                 text          not null check (kind in ('NORMAL', 'EARLY', 'LATE', 'MOUSABBAK',
                                                                 'SURVIVOR_SPOUSE', 'SURVIVOR_ORPHAN')),
    -- the retirement date; for a survivor, the affiliate's death
    effective_date       date          not null,
    claimant_cin         text          not null check (claimant_cin ~ '^[A-Z]{1,2}[0-9]{1,6}$'),
    claimant_last_name   text          not null check (length(trim(claimant_last_name)) > 0),
    claimant_first_name  text          not null check (length(trim(claimant_first_name)) > 0),
    claimant_birth_date  date          not null,
    claimant_email       text,
    claimant_phone       text,
    reversion_to_spouse  boolean       not null,
    payment_mode         text          not null check (payment_mode in ('BANK_TRANSFER', 'RAHATI_CARD')),
    rib                  text          check (rib ~ '^[0-9]{24}$'),
    status               text          not null check (status in ('FILED', 'WAITING_FOR_DOCUMENTS', 'LIQUIDATED', 'REFUSED')),
    refusal_reason       text,
    retiree_id           bigint        references retiree (id),
    filed_by             text          not null,
    filed_at             timestamptz   not null,
    decided_by           text,
    decided_at           timestamptz,
    check ((payment_mode = 'BANK_TRANSFER') = (rib is not null)),
    check ((status = 'LIQUIDATED') = (retiree_id is not null)),
    check ((status = 'REFUSED') = (refusal_reason is not null)),
    check ((status in ('LIQUIDATED', 'REFUSED')) = (decided_at is not null))
);
create unique index pension_claim_one_open_idx on pension_claim (affiliate_id, claimant_cin)
    where status in ('FILED', 'WAITING_FOR_DOCUMENTS');
create index pension_claim_company_idx on pension_claim (company_id, filed_at desc);
create unique index pension_claim_retiree_idx on pension_claim (retiree_id) where retiree_id is not null;

-- The papers asked per kind of claim, as uploaded by the company and checked by staff. A paper
-- replaced keeps its refused version for the record.
create table pension_claim_document (
    id                bigint generated always as identity primary key,
    claim_id          bigint      not null references pension_claim (id),
    kind              text        not null check (kind in ('CIN_COPY', 'BIRTH_CERTIFICATE', 'WORK_CERTIFICATE',
                                                           'RIB_CERTIFICATE', 'MARRIAGE_CERTIFICATE', 'DEATH_CERTIFICATE',
                                                           'CIVIL_STATUS_RECORD', 'SCHOOLING_CERTIFICATE')),
    file_name         text        not null,
    content_type      text        not null,
    size_bytes        integer     not null check (size_bytes between 1 and 10485760),
    content           bytea       not null,
    uploaded_by       text        not null,
    uploaded_at       timestamptz not null,
    status            text        not null check (status in ('RECEIVED', 'ACCEPTED', 'REFUSED')),
    checked_by        text,
    checked_at        timestamptz,
    refusal_reason    text,
    check ((status = 'RECEIVED') = (checked_at is null)),
    check ((status = 'REFUSED') = (refusal_reason is not null))
);
create index pension_claim_document_claim_idx on pension_claim_document (claim_id, kind, uploaded_at);

-- The claim's timeline, in the company's words: filed, papers asked, received, liquidated, refused.
create table pension_claim_event (
    id           bigint generated always as identity primary key,
    claim_id     bigint      not null references pension_claim (id),
    occurred_at  timestamptz not null,
    kind         text        not null check (kind in ('FILED', 'DOCUMENT_ACCEPTED', 'DOCUMENT_REFUSED', 'DOCUMENTS_ASKED',
                                                      'DOCUMENT_RECEIVED', 'LIQUIDATION_PROPOSED', 'LIQUIDATED', 'REFUSED')),
    actor        text        not null,
    message      text
);
create index pension_claim_event_claim_idx on pension_claim_event (claim_id, occurred_at, id);

-- 4. The liquidation documents of a pension, drawn once at liquidation in French and Arabic and kept
-- as drawn: the retiree downloads what the fund decided that day, not a document redrawn later.
create table liquidation_document (
    id          bigint generated always as identity primary key,
    retiree_id  bigint      not null references retiree (id),
    claim_id    bigint      not null references pension_claim (id),
    kind        text        not null check (kind in ('NOTIFICATION_OF_RIGHTS', 'FIRST_PAYMENT_SCHEDULE')),
    content_fr  bytea       not null,
    content_ar  bytea       not null,
    created_at  timestamptz not null,
    unique (claim_id, kind)
);
create index liquidation_document_retiree_idx on liquidation_document (retiree_id);
