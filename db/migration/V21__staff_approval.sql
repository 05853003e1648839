-- Four eyes (DD025): the staff actions that can hand over an account or money are proposed by one
-- staff member and carried out only when a second one approves. One table for every such action:
-- what is proposed (an action code the feature owns), on what (a subject the feature names, e.g. a
-- request or subscription reference), the proposed change as data, and who decided what and why.
create table staff_approval (
    id           bigint      generated always as identity primary key,
    action       text        not null check (action ~ '^[A-Z][A-Z_]*$'),
    subject      text        not null check (length(subject) between 1 and 200),
    -- the change as the proposer saw it, in order: an array of [name, value] pairs
    change       jsonb       not null check (jsonb_typeof(change) = 'array'),
    proposed_by  text        not null,
    proposed_at  timestamptz not null,
    decision     text        check (decision in ('APPROVED', 'REJECTED', 'WITHDRAWN')),
    decided_by   text,
    decided_at   timestamptz,
    reason       text,
    check ((decision is null) = (decided_by is null)),
    check ((decision is null) = (decided_at is null)),
    -- a second wall behind the service's rule: nobody approves their own proposal
    check (decision is distinct from 'APPROVED' or decided_by <> proposed_by),
    check (decision is null or decision = 'APPROVED' or length(trim(reason)) > 0)
);
-- one pending approval per subject: a second proposal on the same thing waits for the first decision
create unique index staff_approval_one_pending_idx on staff_approval (subject) where decision is null;
create index staff_approval_pending_idx on staff_approval (proposed_at) where decision is null;
create index staff_approval_subject_idx on staff_approval (subject, proposed_at desc);

-- Who recorded a subscription's signed form: that person may not validate it (DD025). Receipts
-- recorded before this migration name nobody; the approval's own rule still applies to them.
alter table company_subscription add column form_received_by text;

-- A buy-back is credited against the payment the fund received: its bank reference, once.
alter table granted_points add column bank_reference text check (length(trim(bank_reference)) between 1 and 40);
create unique index granted_points_bank_reference_idx on granted_points (bank_reference) where bank_reference is not null;

-- The amount an affiliate declared when asking for a buy-back (the simulator's cost): the payment
-- the fund received must match it before any point is credited (DD025).
create table buy_back_declaration (
    request_reference  text          primary key,
    declared_amount    numeric(12,2) not null check (declared_amount > 0),
    declared_at        timestamptz   not null
);
