-- Reliable outbound messaging and single-instance jobs.
-- Every time here is written by the application from its injected clock (never now()), so the
-- rules and the tests read one time source.

-- Everything the portal sends outside (e-mail, SMS) is first written here, in the transaction of
-- the business change that causes it; a scheduled job delivers it afterwards, with retries.
create table outbox_message (
    id               bigint generated always as identity primary key,
    channel          text        not null check (channel in ('EMAIL', 'SMS')),
    -- an e-mail address, or a phone number in E.164 (+212612345678)
    recipient        text        not null check (length(trim(recipient)) > 0),
    subject          text,
    body             text        not null check (length(trim(body)) > 0),
    -- PENDING until sent (SENT) or given up after too many failed attempts (FAILED, kept for staff)
    status           text        not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    created_at       timestamptz not null,
    attempts         integer     not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz,
    -- the latest failure, truncated
    last_error       text,
    check ((channel = 'EMAIL') = (subject is not null)),
    check ((status = 'SENT') = (sent_at is not null))
);

-- The delivery query: pending messages whose next attempt is due, oldest due first. Partial, so
-- the years of sent messages do not weigh on it.
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
-- What staff look at: the messages given up.
create index outbox_message_failed_idx on outbox_message (created_at) where status = 'FAILED';

-- Jobs that must run on one application instance at a time hold a lease here: a row per job,
-- taken over by another instance only once leased_until has passed.
create table job_lease (
    job_name      text        primary key check (length(trim(job_name)) > 0),
    -- the instance id of the holder
    owner         text        not null check (length(trim(owner)) > 0),
    leased_until  timestamptz not null
);
