-- Processing a filed declaration into the affiliates' contributions, téléannulation and télérappel
-- (issue 11, DD028).

-- What a processed declaration (or an accepted recall) added to the affiliates' contributions, one
-- row per affiliate and month: a quarter is posted on its three months. A cancellation reverses
-- exactly these rows, whatever else the month holds; created_row says the posting created the
-- contribution row, so a reversal that brings it back to nothing removes it.
create table declaration_posting (
    declaration_id   bigint         not null references declaration (id),
    affiliate_id     bigint         not null references affiliate (id),
    company_id       bigint         not null references company (id),
    due_period       date           not null check (extract(day from due_period) = 1),
    declared_salary  numeric(12, 2) not null check (declared_salary >= 0),
    employee_amount  numeric(12, 2) not null check (employee_amount >= 0),
    employer_amount  numeric(12, 2) not null check (employer_amount >= 0),
    created_row      boolean        not null,
    posted_at        timestamptz    not null,
    reversed_at      timestamptz,
    primary key (declaration_id, affiliate_id, due_period)
);

-- A téléannulation (charter adhérents n°4): the request that carries the clock, the declaration it
-- asks to cancel, and why; staff decide once. One open cancellation per declaration at a time.
create table declaration_cancellation (
    request_id      bigint      primary key references service_request (id),
    declaration_id  bigint      not null references declaration (id),
    object          text        not null check (object in ('WRONG_PERIOD', 'WRONG_CATEGORY', 'DECLARED_TWICE', 'OTHER')),
    details         text        check (length(details) between 1 and 500),
    requested_by    bigint      not null references user_account (id),
    requested_at    timestamptz not null,
    decision        text        check (decision in ('ACCEPTED', 'REFUSED')),
    decided_by      bigint      references user_account (id),
    decided_at      timestamptz,
    reason          text,
    check (object <> 'OTHER' or details is not null),
    check ((decision is null) = (decided_at is null))
);
create unique index declaration_cancellation_open_idx on declaration_cancellation (declaration_id) where decision is null;
create index declaration_cancellation_declaration_idx on declaration_cancellation (declaration_id);

-- A recall (télérappel, adhérents n°3) names the declaration whose due period it completes and why;
-- a refused recall keeps the fund's reason.
alter table declaration
    add column recalls_declaration_id bigint references declaration (id),
    add column recall_motive text check (length(recall_motive) between 1 and 500),
    add column cancellation_reason text,
    add constraint declaration_recall_names_its_declaration
        check (kind = 'RECALL' or (recalls_declaration_id is null and recall_motive is null));
create index declaration_recalls_idx on declaration (recalls_declaration_id) where recalls_declaration_id is not null;

-- Matricules the portal gives to newcomers immatriculated from a declaration: a series of their
-- own, clear of the numbers the fund gave before the portal.
create sequence affiliate_matricule start with 30000001;
