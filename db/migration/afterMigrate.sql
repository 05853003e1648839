-- Flyway runs this after every migrate, even when nothing was pending, so every table a migration
-- adds is covered without anyone remembering to grant it.
--
-- The portal runs as its own database role, not as the owner of the schema that migrates it: the
-- running code can read and write the business tables, cannot change the schema, cannot rewrite
-- the migration history, and can only add to the audit trail (issue 10: a code path, a bug or an
-- injected statement cannot edit or erase who did what; the append-only trigger of V1 stays as the
-- owner's own guard). The role is the placeholder runtimeRole (portal.database.runtime-role: the
-- datasource's user). Empty, or the very role migrating, means one role for everything (the build's
-- code generation, a developer's own database): nothing to grant, and revoking would lock Flyway
-- out of its own history. A named role that does not exist stops the start: the database's
-- administrator creates it (the embedded server does it itself).
do $$
declare
    runtime text := '${runtimeRole}';
begin
    if runtime = '' or runtime = current_user then
        return;
    end if;
    execute format('grant usage on schema public to %I', runtime);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', runtime);
    execute format('grant usage, select on all sequences in schema public to %I', runtime);
    execute format('revoke update, delete, truncate on audit_event from %I', runtime);
    -- the logs a person reads of their own sign-ins and of staff opening their file (V42, DD041)
    execute format('revoke update, delete, truncate on sign_in from %I', runtime);
    execute format('revoke update, delete, truncate on staff_access from %I', runtime);
    execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', runtime);
    -- the yearly sums move only with the monthly contributions, by V47's triggers (DD050)
    execute format('revoke insert, update, delete, truncate on contribution_year from %I', runtime);
end
$$;
