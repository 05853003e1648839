package ma.cimr.teleservices.ops;

import ma.cimr.teleservices.Application;
import ma.cimr.teleservices.declaration.DeclarationImport;
import ma.cimr.teleservices.declaration.DeclarationImportOutcome;
import ma.cimr.teleservices.security.AccountId;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CompanyId;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.value.DuePeriod;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Set;

/**
 * The portal importing a large declaration file, to be killed in the middle by
 * {@code src/ops/fault-import.sh} (DD038): the import is one transaction, so a {@code kill -9} must
 * leave no declaration and no line of it, and the same import run again must store each line once.
 * Not a test: a program run with {@code exec:java} outside the unit test run, against the ops
 * scripts' PostgreSQL (the schema's owner prepares a company of {@code ops.lines} affiliates, then
 * the portal's context imports as the runtime role, like the portal does on upload).
 * It prints "IMPORT STARTED" before and "IMPORT COMMITTED" after, for the script to watch.
 */
public final class DeclarationImportLauncher {

    static final String ADHERENT = "900077";

    private DeclarationImportLauncher() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("ops.url", "jdbc:postgresql://127.0.0.1:55432/teleservices");
        int lines = Integer.getInteger("ops.lines", 100_000);
        long[] ids;
        try (Connection owner = DriverManager.getConnection(url, System.getProperty("ops.owner", "teleservices_owner"),
                System.getProperty("ops.ownerPassword", "owner-rehearsal"))) {
            ids = company(owner, lines);
        }
        ConfigurableApplicationContext context = new SpringApplication(Application.class).run(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getProperty("ops.app", "teleservices_app"),
                "--spring.datasource.password=" + System.getProperty("ops.appPassword", "app-rehearsal"),
                "--spring.flyway.user=" + System.getProperty("ops.owner", "teleservices_owner"),
                "--spring.flyway.password=" + System.getProperty("ops.ownerPassword", "owner-rehearsal"),
                "--spring.datasource.hikari.data-source-properties.ApplicationName=declaration-import",
                "--server.port=0", "--management.server.port=0", "--portal.demo-data=never",
                "--portal.outbox.delivery-enabled=false", "--portal.requests.deadline-watch-enabled=false",
                "--portal.bank.answers-enabled=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try (context) {
            signIn(ids[0], ids[1]);
            DeclarationImport imports = context.getBean(DeclarationImport.class);
            DuePeriod period = DuePeriod.month(freePeriod(url, ids[0]));
            Path file = file(lines);
            System.out.printf("IMPORT STARTED %s %d lines%n", period, lines);
            System.out.flush();
            long start = System.nanoTime();
            DeclarationImportOutcome outcome = imports.importFile(period, "ops.csv", file);
            if (!outcome.imported()) {
                throw new IllegalStateException("the file was refused: " + outcome.check().problems());
            }
            System.out.printf("IMPORT COMMITTED %s %d lines, %d declarations, in %.1f s%n", period,
                    outcome.importedLines(), outcome.declarations().size(), (System.nanoTime() - start) / 1e9);
        }
    }

    /** The company and its affiliates, made once; returns the company's and its declarant's ids. */
    private static long[] company(Connection connection, int affiliates) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("select company_id, id from user_account where login = 'ops.declaration'")) {
                if (rs.next()) {
                    return new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
            statement.execute("insert into company (adherent_number, legal_name, address_line, city) "
                    + "values ('" + ADHERENT + "', 'Entreprise Exercice SA', '1, rue de l''Exercice', 'Casablanca')");
            statement.execute("insert into contribution_category (company_id, code, label, employee_rate, employer_rate) "
                    + "select c.id, k.code, k.label, k.rate, round(k.rate * 1.3, 2) from company c "
                    + "cross join (values ('CAD', 'Cadres', 6.00), ('EMP', 'Employés', 3.00)) as k(code, label, rate) "
                    + "where c.adherent_number = '" + ADHERENT + "'");
            statement.execute("insert into affiliate (matricule, cin, last_name, first_name, birth_date) "
                    + "select (800000000 + i)::text, 'XO' || lpad(i::text, 6, '0'), 'Nom' || i, 'Prenom', date '1980-01-01' "
                    + "from generate_series(1, " + affiliates + ") as i");
            statement.execute("insert into affiliation (affiliate_id, company_id, category_id, start_date) "
                    + "select a.id, c.id, k.id, date '2015-01-01' from affiliate a "
                    + "join company c on c.adherent_number = '" + ADHERENT + "' "
                    + "join contribution_category k on k.company_id = c.id "
                    + "and k.code = case when a.matricule::bigint % 10 = 0 then 'CAD' else 'EMP' end "
                    + "where a.matricule like '8________'");
            statement.execute("insert into user_account (login, password_hash, kind, display_name, company_id, teleservice) "
                    + "select 'ops.declaration', 'x', 'COMPANY_USER', 'Exercice', id, 'DECLARATION' from company "
                    + "where adherent_number = '" + ADHERENT + "'");
            statement.execute("insert into account_role (account_id, role) "
                    + "select id, 'DECLARATION' from user_account where login = 'ops.declaration'");
            statement.execute("insert into declaration_user (account_id, company_id, external, mode) "
                    + "select id, company_id, false, 'FILE' from user_account where login = 'ops.declaration'");
            statement.execute("insert into declaration_user_category (account_id, company_id, category_id) "
                    + "select u.id, u.company_id, k.id from user_account u join contribution_category k "
                    + "on k.company_id = u.company_id where u.login = 'ops.declaration'");
            statement.execute("analyze");
            return company(connection, affiliates);
        }
    }

    /** The latest month before this one that the company has not declared yet. */
    private static YearMonth freePeriod(String url, long companyId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("ops.owner", "teleservices_owner"),
                System.getProperty("ops.ownerPassword", "owner-rehearsal"));
             Statement statement = connection.createStatement();
             var rs = statement.executeQuery("select count(distinct due_period) from declaration where company_id = " + companyId)) {
            rs.next();
            return YearMonth.now().minusMonths(1 + rs.getLong(1));
        }
    }

    private static Path file(int lines) throws Exception {
        Path file = Files.createTempFile("ops-declaration-", ".csv");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("matricule;cin;nom;salaire;jours;date_entree;date_sortie;categorie\r\n");
            for (int i = 1; i <= lines; i++) {
                long centimes = 800_000 + i * 7L;
                out.write((800_000_000 + i) + ";;;" + centimes / 100 + "," + String.format("%02d", centimes % 100) + ";26;;;"
                        + ((800_000_000 + i) % 10 == 0 ? "CAD" : "EMP") + "\r\n");
            }
        }
        return file;
    }

    private static void signIn(long companyId, long accountId) {
        PortalUser user = new PortalUser(new AccountId(accountId), "ops.declaration", null, "Exercice", null,
                AccountKind.COMPANY_USER, true, false, new CompanyId(companyId), null, null, "fr", Set.of(Role.DECLARATION));
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }
}
