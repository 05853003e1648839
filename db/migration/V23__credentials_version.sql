-- Every change that can hand an account to someone else or take rights away (its password, its
-- status, its roles) bumps the account's credentials version; a signed-in session remembers the
-- version it began with and ends at its next request once they differ (SignedInSessions). In the
-- database, so that no write path (service, staff screen, migration, a script) can forget it.
alter table user_account add column credentials_version bigint not null default 0;

create function bump_credentials_version() returns trigger language plpgsql as $$
begin
    if new.password_hash is distinct from old.password_hash or new.status is distinct from old.status then
        new.credentials_version := old.credentials_version + 1;
    end if;
    return new;
end;
$$;

create trigger user_account_credentials_version
    before update of password_hash, status on user_account
    for each row execute function bump_credentials_version();

create function bump_credentials_version_of_role() returns trigger language plpgsql as $$
begin
    update user_account set credentials_version = credentials_version + 1
    where id = coalesce(new.account_id, old.account_id);
    return null;
end;
$$;

create trigger account_role_credentials_version
    after insert or delete or update on account_role
    for each row execute function bump_credentials_version_of_role();
