-- The portal's foundation: member companies, affiliates and their careers, retirees and their
-- payments, user accounts with their roles, and the append-only audit trail.
-- Money is numeric, periods are the first day of the month they cover.

create table company (
    id                     bigint generated always as identity primary key,
    adherent_number        text        not null unique check (adherent_number ~ '^[0-9]{6}$'),
    legal_name             text        not null check (length(trim(legal_name)) > 0),
    rc_number              text        check (rc_number ~ '^[0-9]{1,7}$'),
    patente_number         text        check (patente_number ~ '^[0-9]{8}$'),
    ice                    text        check (ice ~ '^[0-9]{15}$'),
    address_line           text        not null,
    city                   text        not null,
    status                 text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'RADIATED')),
    -- E@sypaiement: how many confirmations a payment order needs, chosen by the delegate
    payment_confirmations  smallint    not null default 1 check (payment_confirmations in (1, 2)),
    created_at             timestamptz not null default now()
);

-- A category of staff a company declares separately, with its contribution rates (in percent).
create table contribution_category (
    id             bigint generated always as identity primary key,
    company_id     bigint       not null references company (id),
    code           text         not null,
    label          text         not null,
    employee_rate  numeric(5, 2) not null check (employee_rate > 0 and employee_rate < 100),
    employer_rate  numeric(5, 2) not null check (employer_rate > 0 and employer_rate < 100),
    active         boolean      not null default true,
    unique (company_id, code)
);

create table affiliate (
    id          bigint generated always as identity primary key,
    matricule   text not null unique check (matricule ~ '^[0-9]{7,9}$'),
    cin         text not null unique check (cin ~ '^[A-Z]{1,2}[0-9]{1,6}$'),
    last_name   text not null,
    first_name  text not null,
    birth_date  date not null,
    email       text
);

-- The periods an affiliate worked for a member company (open when end_date is null).
create table affiliation (
    id            bigint generated always as identity primary key,
    affiliate_id  bigint not null references affiliate (id),
    company_id    bigint not null references company (id),
    category_id   bigint not null references contribution_category (id),
    start_date    date   not null,
    end_date      date,
    check (end_date is null or end_date >= start_date)
);
create index affiliation_affiliate_idx on affiliation (affiliate_id);
create index affiliation_company_idx on affiliation (company_id);

-- One line per affiliate, employer and month declared.
create table contribution (
    affiliate_id     bigint        not null references affiliate (id),
    company_id       bigint        not null references company (id),
    due_period       date          not null check (extract(day from due_period) = 1),
    declared_salary  numeric(12, 2) not null check (declared_salary >= 0),
    employee_amount  numeric(12, 2) not null check (employee_amount >= 0),
    employer_amount  numeric(12, 2) not null check (employer_amount >= 0),
    primary key (affiliate_id, due_period, company_id)
);
create index contribution_company_period_idx on contribution (company_id, due_period);

-- A pension in payment: to the affiliate who earned it, or to a survivor of that affiliate.
create table retiree (
    id                   bigint generated always as identity primary key,
    pension_file_number  text          not null unique check (pension_file_number ~ '^DP[0-9]{7}$'),
    kind                 text          not null check (kind in ('RETIREE', 'SURVIVOR')),
    affiliate_id         bigint        not null references affiliate (id),
    cin                  text          not null unique check (cin ~ '^[A-Z]{1,2}[0-9]{1,6}$'),
    last_name            text          not null,
    first_name           text          not null,
    birth_date           date          not null,
    rib                  text          check (rib ~ '^[0-9]{24}$'),
    payment_mode         text          not null check (payment_mode in ('BANK_TRANSFER', 'RAHATI_CARD')),
    monthly_amount       numeric(12, 2) not null check (monthly_amount > 0),
    pension_start        date          not null,
    check (payment_mode <> 'BANK_TRANSFER' or rib is not null)
);
create index retiree_affiliate_idx on retiree (affiliate_id);

create table pension_payment (
    retiree_id    bigint        not null references retiree (id),
    due_period    date          not null check (extract(day from due_period) = 1),
    gross_amount  numeric(12, 2) not null check (gross_amount >= 0),
    net_amount    numeric(12, 2) not null check (net_amount >= 0 and net_amount <= gross_amount),
    paid_on       date,
    status        text          not null check (status in ('PAID', 'SUSPENDED', 'RETURNED')),
    primary key (retiree_id, due_period)
);

-- Every login of the portal. What an account may reach follows from its kind and roles; the
-- links say whose data it may see (a company, an affiliate or a retiree), never a URL.
create table user_account (
    id                bigint generated always as identity primary key,
    login             text        not null check (login ~ '^[A-Za-z0-9._@-]{3,64}$'),
    password_hash     text        not null,
    kind              text        not null check (kind in ('DELEGATE', 'COMPANY_USER', 'AFFILIATE', 'RETIREE', 'STAFF')),
    display_name      text        not null,
    email             text,
    company_id        bigint      references company (id),
    affiliate_id      bigint      references affiliate (id),
    retiree_id        bigint      references retiree (id),
    -- the téléservice a company user's login serves: one login per téléservice
    teleservice       text        check (teleservice in ('COMPANY_ACCOUNT', 'DECLARATION', 'PAYMENT', 'LIQUIDATION')),
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    preferred_locale  text        check (preferred_locale in ('fr', 'ar', 'en')),
    last_login_at     timestamptz,
    created_at        timestamptz not null default now(),
    check ((kind in ('DELEGATE', 'COMPANY_USER')) = (company_id is not null)),
    check ((kind = 'COMPANY_USER') = (teleservice is not null)),
    check ((kind = 'AFFILIATE') = (affiliate_id is not null)),
    check ((kind = 'RETIREE') = (retiree_id is not null))
);
create unique index user_account_login_idx on user_account (lower(login));
create index user_account_company_idx on user_account (company_id) where company_id is not null;

create table account_role (
    account_id  bigint not null references user_account (id) on delete cascade,
    role        text   not null check (role in ('DELEGATE', 'COMPANY_ACCOUNT', 'DECLARATION', 'PAYMENT_ORDERER',
                                                'PAYMENT_VALIDATOR', 'LIQUIDATION', 'AFFILIATE', 'RETIREE',
                                                'AGENT', 'SUPERVISOR', 'ADMINISTRATOR')),
    primary key (account_id, role)
);

-- Who did what, when and from where. Append-only: the database itself refuses changes.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    actor           text        not null,
    action          text        not null,
    target          text,
    details         text,
    source_address  text
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
