package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.shared.value.DuePeriod;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;

@Repository
class JooqDeclarationImportRepository implements DeclarationImportRepository {

    // the transaction's own table: another import's lines are never seen, nothing is left behind
    private static final String STAGING = "declaration_import_line";
    private static final String COLUMNS = "line_number, matricule, cin, full_name, category_id, category_code, salary, "
            + "days_worked, entry_date, exit_date, employee_amount, employer_amount";

    private final DSLContext dsl;
    private final DataSource dataSource;

    JooqDeclarationImportRepository(DSLContext dsl, DataSource dataSource) {
        this.dsl = dsl;
        this.dataSource = dataSource;
    }

    @Override
    public String periodicity(long companyId) {
        return dsl.select(COMPANY.DECLARATION_PERIODICITY).from(COMPANY).where(COMPANY.ID.eq(companyId)).fetchSingle().value1();
    }

    @Override
    public Map<String, Category> categories(long companyId) {
        Map<String, Category> byCode = new HashMap<>();
        dsl.select(CONTRIBUTION_CATEGORY.ID, CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.LABEL,
                        CONTRIBUTION_CATEGORY.ACTIVE)
                .from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId))
                .forEach(r -> byCode.put(r.value2(), new Category(r.value1(), r.value2(), r.value3(), r.value4())));
        return byCode;
    }

    @Override
    public void lockCompany(long companyId) {
        dsl.select(COMPANY.ID).from(COMPANY).where(COMPANY.ID.eq(companyId)).forUpdate().fetchSingle();
    }

    @Override
    public LineStaging stage(StagingMethod method) {
        dsl.execute("create temporary table " + STAGING + " ("
                + "line_number integer not null, matricule text, cin text, full_name text, category_id bigint, "
                + "category_code text not null, salary numeric(12, 2) not null, days_worked smallint not null, "
                + "entry_date date, exit_date date, employee_amount numeric(12, 2) not null, "
                + "employer_amount numeric(12, 2) not null) on commit drop");
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return method == StagingMethod.COPY ? new CopyStaging(connection) : new BatchStaging(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot stage the file's lines", e);
        }
    }

    @Override
    public List<FundProblem> fundProblems(long companyId, DuePeriod period, Set<Long> grantedCategories, byte[] sha256,
                                          int max) {
        // the planner knows nothing of a fresh temporary table: without statistics it guesses 100-line joins
        dsl.execute("analyze " + STAGING);
        LocalDate first = period.firstDay();
        LocalDate last = period.lastDay();
        Long[] granted = grantedCategories.toArray(Long[]::new);
        return dsl.resultQuery("""
                        with problem (line_number, field, code, value) as (
                            select s.line_number, 'MATRICULE', 'UNKNOWN_MATRICULE', s.matricule
                            from declaration_import_line s
                            where s.matricule is not null
                              and not exists (select 1 from affiliate a where a.matricule = s.matricule)
                          union all
                            -- a joiner (entry date in the period) may come from another employer
                            select s.line_number, 'MATRICULE', 'OTHER_COMPANY', s.matricule
                            from declaration_import_line s
                            join affiliate a on a.matricule = s.matricule
                            where s.entry_date is null
                              and not exists (select 1 from affiliation f
                                              where f.affiliate_id = a.id and f.company_id = {0}
                                                and f.start_date <= {2} and (f.end_date is null or f.end_date >= {1}))
                          union all
                            select s.line_number, 'CIN', 'NEWCOMER_KNOWN', s.cin
                            from declaration_import_line s
                            where s.matricule is null
                              and exists (select 1 from affiliate a where a.cin = s.cin)
                          union all
                            select s.line_number, 'CATEGORIE', 'CATEGORY_UNKNOWN', s.category_code
                            from declaration_import_line s
                            where s.category_id is null
                          union all
                            select s.line_number, 'CATEGORIE',
                                   case when c.active then 'CATEGORY_NOT_GRANTED' else 'CATEGORY_INACTIVE' end,
                                   s.category_code
                            from declaration_import_line s
                            join contribution_category c on c.id = s.category_id
                            where not c.active or s.category_id <> all ({3})
                          union all
                            -- once per category, at its first line: a 20 000-line category is one problem
                            select min(s.line_number), 'CATEGORIE',
                                   case when d.status <> 'DRAFT' then 'PERIOD_ALREADY_DECLARED'
                                        when d.channel = 'FILE' then 'ALREADY_IMPORTED'
                                        else 'DRAFT_EXISTS' end,
                                   s.category_code
                            from declaration_import_line s
                            join declaration d on d.company_id = {0} and d.category_id = s.category_id
                                              and d.due_period = {1} and d.kind = 'ORIGINAL' and d.status <> 'CANCELLED'
                            left join declaration_file f on f.id = d.file_id
                            -- a draft from another file is replaced by this one
                            where not (d.status = 'DRAFT' and d.channel = 'FILE' and f.sha256 <> {4})
                            group by s.category_code, d.status, d.channel
                        )
                        select line_number, field, code, value, count(*) over () as total
                        from problem
                        order by line_number, code
                        limit {5}""",
                        DSL.val(companyId), DSL.val(first), DSL.val(last),
                        DSL.val(granted, SQLDataType.BIGINT.array()), DSL.val(sha256), DSL.val(max))
                .fetch(r -> new FundProblem(r.get(0, Integer.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, Long.class)));
    }

    @Override
    public long storeFile(long companyId, long accountId, String fileName, Path content, long sizeBytes,
                          byte[] sha256) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into declaration_file (company_id, file_name, size_bytes, sha256, content, uploaded_by) "
                        + "values (?, ?, ?, ?, ?, ?) returning id");
             InputStream in = Files.newInputStream(content)) {
            insert.setLong(1, companyId);
            insert.setString(2, fileName);
            insert.setLong(3, sizeBytes);
            insert.setBytes(4, sha256);
            // streamed: the driver sends the bytes as it reads them, with the length it was told
            insert.setBinaryStream(5, in, sizeBytes);
            insert.setLong(6, accountId);
            try (var result = insert.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the declaration file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<CreatedDeclaration> createDrafts(long companyId, DuePeriod period, String periodicity, long fileId,
                                                 long accountId) {
        LocalDate first = period.firstDay();
        List<Long> replacedFiles = dsl.resultQuery("""
                        delete from declaration d
                        where d.company_id = {0} and d.due_period = {1} and d.kind = 'ORIGINAL' and d.status = 'DRAFT'
                          and d.channel = 'FILE'
                          and d.category_id in (select distinct category_id from declaration_import_line)
                        returning d.file_id""", DSL.val(companyId), DSL.val(first))
                .fetch(r -> r.get(0, Long.class));
        if (!replacedFiles.isEmpty()) {
            dsl.execute("""
                    delete from declaration_file f
                    where f.id = any ({0}) and not exists (select 1 from declaration d where d.file_id = f.id)""",
                    DSL.val(replacedFiles.toArray(Long[]::new), SQLDataType.BIGINT.array()));
        }
        dsl.execute("""
                insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status,
                                         file_id, created_by)
                select {0}, c.category_id, {1}, {2}, 'ORIGINAL', 'FILE', 'DRAFT', {3}, {4}
                from (select distinct category_id from declaration_import_line) c
                order by c.category_id""",
                DSL.val(companyId), DSL.val(first), DSL.val(periodicity), DSL.val(fileId), DSL.val(accountId));
        dsl.execute("""
                insert into declaration_line (declaration_id, line_number, affiliate_id, cin, full_name, salary,
                                              days_worked, entry_date, exit_date, employee_amount, employer_amount)
                select d.id, s.line_number, a.id,
                       case when a.id is null then s.cin end, case when a.id is null then s.full_name end,
                       s.salary, s.days_worked, s.entry_date, s.exit_date, s.employee_amount, s.employer_amount
                from declaration_import_line s
                join declaration d on d.file_id = {0} and d.category_id = s.category_id
                left join affiliate a on a.matricule = s.matricule""", DSL.val(fileId));
        // the totals from the staged lines, already in hand, rather than reading back what was just written
        return dsl.resultQuery("""
                        update declaration d
                        set line_count = t.lines, total_salary = t.salary, total_employee = t.employee,
                            total_employer = t.employer
                        from (select category_id, count(*) as lines, sum(salary) as salary,
                                     sum(employee_amount) as employee, sum(employer_amount) as employer
                              from declaration_import_line
                              group by category_id) t,
                             contribution_category c
                        where d.file_id = {0} and d.category_id = t.category_id and c.id = d.category_id
                        returning d.id, d.category_id, c.code, d.line_count""", DSL.val(fileId))
                .fetch(r -> new CreatedDeclaration(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, Integer.class)))
                .stream().sorted(java.util.Comparator.comparing(CreatedDeclaration::categoryCode)).toList();
    }

    /** {@code COPY ... FROM STDIN} in text format, fed 64 KB at a time. */
    private static final class CopyStaging implements LineStaging {

        private static final int CHUNK = 64 * 1024;

        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + 4096);
        private final StringBuilder row = new StringBuilder(256);

        CopyStaging(Connection connection) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + STAGING + " (" + COLUMNS + ") from stdin");
        }

        @Override
        public void add(StagedLine line) {
            row.setLength(0);
            row.append(line.lineNumber()).append('\t');
            text(line.matricule());
            text(line.cin());
            text(line.fullName());
            row.append(line.categoryId() == null ? "\\N" : line.categoryId().toString()).append('\t');
            text(line.categoryCode());
            row.append(line.salary().toPlainString()).append('\t').append(line.days()).append('\t');
            text(line.entry() == null ? null : line.entry().toString());
            text(line.exit() == null ? null : line.exit().toString());
            row.append(line.employeeAmount().toPlainString()).append('\t')
                    .append(line.employerAmount().toPlainString()).append('\n');
            byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        private void text(@Nullable String value) {
            if (value == null) {
                row.append("\\N");
            } else {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    switch (c) {
                        case '\\' -> row.append("\\\\");
                        case '\t' -> row.append("\\t");
                        case '\n' -> row.append("\\n");
                        case '\r' -> row.append("\\r");
                        default -> row.append(c);
                    }
                }
            }
            row.append('\t');
        }

        private void flush() {
            try {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot copy the file's lines", e);
            }
            buffer.reset();
        }

        @Override
        public void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot copy the file's lines", e);
            }
        }

        @Override
        public void close() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException ignored) {
                    // the transaction is rolled back anyway
                }
            }
        }
    }

    /** Prepared inserts sent 5 000 at a time. */
    private static final class BatchStaging implements LineStaging {

        private static final int BATCH = 5_000;

        private final PreparedStatement insert;
        private int pending;

        BatchStaging(Connection connection) throws SQLException {
            this.insert = connection.prepareStatement("insert into " + STAGING + " (" + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public void add(StagedLine line) {
            try {
                insert.setInt(1, line.lineNumber());
                insert.setString(2, line.matricule());
                insert.setString(3, line.cin());
                insert.setString(4, line.fullName());
                if (line.categoryId() == null) {
                    insert.setNull(5, Types.BIGINT);
                } else {
                    insert.setLong(5, line.categoryId());
                }
                insert.setString(6, line.categoryCode());
                insert.setBigDecimal(7, line.salary());
                insert.setShort(8, (short) line.days());
                insert.setDate(9, line.entry() == null ? null : Date.valueOf(line.entry()));
                insert.setDate(10, line.exit() == null ? null : Date.valueOf(line.exit()));
                insert.setBigDecimal(11, line.employeeAmount());
                insert.setBigDecimal(12, line.employerAmount());
                insert.addBatch();
                if (++pending == BATCH) {
                    send();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot stage the file's lines", e);
            }
        }

        private void send() throws SQLException {
            insert.executeBatch();
            pending = 0;
        }

        @Override
        public void finish() {
            try {
                send();
                insert.close();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot stage the file's lines", e);
            }
        }

        @Override
        public void close() {
            try {
                insert.close();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }
}
