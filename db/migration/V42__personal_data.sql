-- A person's own data under law 09-08 (issue 16, DD041): what they can read of who came in.
--
-- Neither table has a foreign key: both are append-only logs (afterMigrate.sql gives the portal's
-- role insert and select only), and a log must outlive the row it speaks of, as the audit trail does.

-- Each successful sign-in as its owner reads it in "Mes données": when, from which network, with
-- which browser family. The address is cut to its network (IPv4 /24, IPv6 /48) before it is written:
-- enough to recognise "my home" or "not me", not to locate anyone. The audit trail keeps the full
-- address for staff.
create table sign_in (
    id            bigint      generated always as identity primary key,
    account_id    bigint      not null,
    signed_in_at  timestamptz not null,
    network       text,
    browser       text        not null check (browser in ('EDGE', 'OPERA', 'SAMSUNG', 'FIREFOX', 'CHROME', 'SAFARI', 'OTHER'))
);
create index sign_in_account_idx on sign_in (account_id, signed_in_at desc);

-- A staff member opening a person's file, with why: asked before the screen shows anything, once per
-- person and staff session, and read by the person. The person is an account (a request's requester),
-- an affiliate or a retiree: each kind is matched to the login that owns it when the person reads.
create table staff_access (
    id                bigint      generated always as identity primary key,
    opened_at         timestamptz not null,
    staff_login       text        not null,
    -- the staff member's name when they opened it; the person is shown it as the fund chooses (DD041)
    staff_name        text        not null,
    subject_kind      text        not null check (subject_kind in ('ACCOUNT', 'AFFILIATE', 'RETIREE')),
    subject_id        bigint      not null,
    -- the route opened, so that staff can be asked what they saw there
    screen            text        not null,
    reason            text        not null check (reason in ('REQUEST', 'CLAIM', 'DOCUMENTS', 'CONTACT', 'CONTROL', 'OTHER')),
    reason_text       text        not null check (length(trim(reason_text)) between 3 and 200)
);
create index staff_access_subject_idx on staff_access (subject_kind, subject_id, opened_at desc);

-- the owner's own guard, as for the audit trail (V1): the portal's role is refused by its privileges first
create function personal_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;

create trigger sign_in_no_update_or_delete
    before update or delete on sign_in
    for each row execute function personal_log_is_append_only();
create trigger sign_in_no_truncate
    before truncate on sign_in
    for each statement execute function personal_log_is_append_only();
create trigger staff_access_no_update_or_delete
    before update or delete on staff_access
    for each row execute function personal_log_is_append_only();
create trigger staff_access_no_truncate
    before truncate on staff_access
    for each statement execute function personal_log_is_append_only();
