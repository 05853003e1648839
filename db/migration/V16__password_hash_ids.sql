-- Passwords are hashed with Argon2id from now on (DD007), through Spring Security's
-- DelegatingPasswordEncoder, which reads the algorithm from a "{id}" prefix. The bcrypt hashes
-- written so far get their prefix here; each is re-hashed with Argon2id at its owner's next
-- sign-in. Hashes without a prefix (e.g. loaded later from an old dump) still match as bcrypt.
update user_account set password_hash = '{bcrypt}' || password_hash where password_hash like '$2%';
update account_secret_answer set answer_hash = '{bcrypt}' || answer_hash where answer_hash like '$2%';
update company_subscription set password_hash = '{bcrypt}' || password_hash where password_hash like '$2%';
