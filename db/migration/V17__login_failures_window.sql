-- Wrong passwords are forgotten after a quiet hour (LockoutPolicy.FAILURE_MEMORY): without the time of
-- the last one, five failures spread over months locked an account, and anyone who knew a login could
-- keep its owner out for a day with a handful of tries.
alter table user_account add column last_failed_login_at timestamptz;
