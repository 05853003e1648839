-- The points statement reads an affiliate's whole career from contribution, one row a month. In
-- primary-key order those rows sit in the index side by side, but their heap tuples are spread
-- over the table in the order declarations arrived (one heap page per monthly row: 371 pages for a
-- 31-year career). Carrying the three amounts in the primary key's leaf pages lets the statement
-- and the simulator read the career by an index-only scan over a few pages, with no second index
-- to write on every posting (issue 15, README "Benchmarks": the key grows by about 12 %, a posted
-- row writes about 8 % more WAL).
--
-- The key is built beside the old one without blocking declarations or statements (at the fund's
-- size the build takes minutes), hence this script runs outside a transaction (V46's .conf); the
-- swap itself is one statement, so it happens wholly or not at all.
create unique index concurrently contribution_covering_key on contribution (affiliate_id, due_period, company_id)
    include (declared_salary, employee_amount, employer_amount);

alter table contribution
    drop constraint contribution_pkey,
    add constraint contribution_pkey primary key using index contribution_covering_key;
