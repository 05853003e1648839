-- Brute-force protection: failed passwords are counted per account; past a threshold the account
-- is locked for a delay that doubles with each further failure. The login form never tells.
alter table user_account
    add column failed_logins integer not null default 0 check (failed_logins >= 0),
    add column locked_until timestamptz;
