-- Télédéclaration by form and external firms (DD027). A company's delegate may let an accounting
-- firm's existing télédéclaration login (set up by another company) declare for it too: one firm,
-- one login, many companies. The grant says how it declares for this company and which of its
-- categories; revoking it deletes the row, and the audit trail keeps the story.
create table declaration_grant (
    company_id  bigint      not null references company (id),
    account_id  bigint      not null references declaration_user (account_id) on delete cascade,
    mode        text        not null check (mode in ('FILE', 'FORM')),
    granted_by  bigint      not null references user_account (id),
    granted_at  timestamptz not null default now(),
    primary key (company_id, account_id)
);
create index declaration_grant_account_idx on declaration_grant (account_id);

-- The granting company's categories the firm may declare (at least one, active: the service checks).
create table declaration_grant_category (
    company_id   bigint not null,
    account_id   bigint not null,
    category_id  bigint not null,
    primary key (company_id, account_id, category_id),
    foreign key (company_id, account_id) references declaration_grant (company_id, account_id) on delete cascade,
    foreign key (category_id, company_id) references contribution_category (id, company_id)
);
