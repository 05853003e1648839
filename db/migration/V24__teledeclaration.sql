-- Télédéclaration (issue 11): a company declares its salaries per due period and category of
-- staff, one line per affiliate, by online form or by file. The contribution amounts are computed
-- by the portal from the category's rates for that period, never taken from what the company typed.

-- A company declares monthly or quarterly; a quarter's due period is the first day of its first month.
alter table company add column declaration_periodicity text not null default 'MONTHLY'
    check (declaration_periodicity in ('MONTHLY', 'QUARTERLY'));

-- A category's rates as agreed at membership are on contribution_category; a rate change (charter
-- adhérents n°8) applies from a month on and never rewrites what earlier periods owe. The rates of
-- a period are those of the latest change applying from that period or before, else the category's own.
create table contribution_rate_change (
    category_id    bigint        not null references contribution_category (id),
    applies_from   date          not null check (extract(day from applies_from) = 1),
    employee_rate  numeric(5, 2) not null check (employee_rate > 0 and employee_rate < 100),
    employer_rate  numeric(5, 2) not null check (employer_rate > 0 and employer_rate < 100),
    recorded_at    timestamptz   not null default now(),
    primary key (category_id, applies_from)
);

-- A file as the company sent it, kept to be downloaded again and to prove what was received. One
-- file can hold several categories, so several declarations can point at it.
create table declaration_file (
    id           bigint generated always as identity primary key,
    company_id   bigint      not null references company (id),
    file_name    text        not null check (length(file_name) between 1 and 255),
    size_bytes   bigint      not null check (size_bytes >= 0),
    sha256       bytea       not null check (length(sha256) = 32),
    content      bytea       not null,
    uploaded_by  bigint      not null references user_account (id),
    uploaded_at  timestamptz not null default now()
);
create index declaration_file_company_idx on declaration_file (company_id, uploaded_at desc);

-- One declaration per company, category and due period (a cancelled one can be declared again).
-- A recall (télérappel, charter adhérents n°3) is a declaration of its own kind for a period
-- already declared: the salaries left out, added once the fund accepts it. The totals are kept with
-- it so the history, the account and the queue never sum 20 000 lines.
create table declaration (
    id              bigint generated always as identity primary key,
    company_id      bigint        not null references company (id),
    category_id     bigint        not null,
    due_period      date          not null check (extract(day from due_period) = 1),
    periodicity     text          not null check (periodicity in ('MONTHLY', 'QUARTERLY')),
    kind            text          not null default 'ORIGINAL' check (kind in ('ORIGINAL', 'RECALL')),
    channel         text          not null check (channel in ('FORM', 'FILE')),
    status          text          not null check (status in ('DRAFT', 'FILED', 'PROCESSING', 'PROCESSED', 'CANCELLED')),
    file_id         bigint        references declaration_file (id),
    created_by      bigint        not null references user_account (id),
    created_at      timestamptz   not null default now(),
    filed_by        bigint        references user_account (id),
    -- the charter's clock (adhérents n°2) starts here, not at a request typed about it
    filed_at        timestamptz,
    -- the service request filed with it, the one staff answer: the charter's figures come from there
    request_id      bigint        references service_request (id),
    processed_by    bigint        references user_account (id),
    processed_at    timestamptz,
    cancelled_at    timestamptz,
    line_count      integer       not null default 0 check (line_count >= 0),
    total_salary    numeric(16, 2) not null default 0 check (total_salary >= 0),
    total_employee  numeric(16, 2) not null default 0 check (total_employee >= 0),
    total_employer  numeric(16, 2) not null default 0 check (total_employer >= 0),
    foreign key (category_id, company_id) references contribution_category (id, company_id),
    check (periodicity = 'MONTHLY' or extract(month from due_period) in (1, 4, 7, 10)),
    check (status = 'DRAFT' or filed_at is not null),
    check ((channel = 'FILE') = (file_id is not null)),
    check ((status = 'PROCESSED') = (processed_at is not null)),
    check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create unique index declaration_one_per_period_idx on declaration (company_id, category_id, due_period)
    where status <> 'CANCELLED' and kind = 'ORIGINAL';
create index declaration_history_idx on declaration (company_id, due_period desc);
create index declaration_queue_idx on declaration (filed_at) where status in ('FILED', 'PROCESSING');

-- One line per affiliate: known by the fund (affiliate_id), or a newcomer without a matricule yet
-- (CIN and name), immatriculated when the declaration is processed.
create table declaration_line (
    declaration_id   bigint        not null references declaration (id) on delete cascade,
    line_number      integer       not null check (line_number > 0),
    affiliate_id     bigint        references affiliate (id),
    cin              text          check (cin ~ '^[A-Z]{1,2}[0-9]{1,6}$'),
    full_name        text          check (length(full_name) between 1 and 100),
    salary           numeric(12, 2) not null check (salary >= 0),
    days_worked      smallint      not null check (days_worked between 0 and 92),
    entry_date       date,
    exit_date        date,
    employee_amount  numeric(12, 2) not null check (employee_amount >= 0),
    employer_amount  numeric(12, 2) not null check (employer_amount >= 0),
    primary key (declaration_id, line_number),
    check (affiliate_id is not null or (cin is not null and full_name is not null)),
    check (exit_date is null or entry_date is null or exit_date >= entry_date)
);
create unique index declaration_line_affiliate_idx on declaration_line (declaration_id, affiliate_id)
    where affiliate_id is not null;
create unique index declaration_line_newcomer_idx on declaration_line (declaration_id, cin)
    where affiliate_id is null;
create index declaration_line_affiliate_lookup_idx on declaration_line (affiliate_id) where affiliate_id is not null;

-- Declarations, recalls and cancellations are filed by the portal with the thing itself, never typed
-- as free text by a company (DD023): the request is the charter's clock, the declaration its subject.
update request_type set filed_by_system = true
where code in ('COMPANY_DECLARATION', 'COMPANY_RECALL', 'COMPANY_CANCELLATION');
