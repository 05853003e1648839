-- The delegate's console: closing a login for good, the settings of télédéclaration users, and
-- the indexes that let a company read its own history in the audit trail.

-- CLOSED is what "deleting" a login means here (DD013): the row stays, since the audit trail and
-- service requests name it, and its login is never given to anybody else.
alter table user_account drop constraint user_account_status_check;
alter table user_account add constraint user_account_status_check
    check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'CLOSED'));

-- Targets of the composite foreign keys below: a télédéclaration user and the categories it may
-- declare belong to one and the same company, whatever a bug in the code would write.
alter table user_account add constraint user_account_id_company_key unique (id, company_id);
alter table contribution_category add constraint contribution_category_id_company_key unique (id, company_id);

-- A télédéclaration login: the company's own staff (internal) or an accounting firm it hires
-- (external, firm named), declaring by pre-established file or by online form.
create table declaration_user (
    account_id  bigint  primary key,
    company_id  bigint  not null,
    external    boolean not null,
    firm_name   text    check (firm_name is null or length(trim(firm_name)) > 0),
    mode        text    not null check (mode in ('FILE', 'FORM')),
    check (external = (firm_name is not null)),
    unique (account_id, company_id),
    foreign key (account_id, company_id) references user_account (id, company_id) on delete cascade
);

-- The categories of staff that login declares (at least one, chosen among the active ones: the
-- service checks both, the keys check the company).
create table declaration_user_category (
    account_id   bigint not null,
    company_id   bigint not null,
    category_id  bigint not null,
    primary key (account_id, category_id),
    foreign key (account_id, company_id) references declaration_user (account_id, company_id) on delete cascade,
    foreign key (category_id, company_id) references contribution_category (id, company_id)
);
create index declaration_user_category_category_idx on declaration_user_category (category_id);

-- A company's history: events whose actor or target is one of its logins, compared as people
-- type logins (case-insensitive).
create index audit_event_actor_idx on audit_event (lower(actor), occurred_at desc);
create index audit_event_target_idx on audit_event (lower(target), occurred_at desc) where target is not null;
