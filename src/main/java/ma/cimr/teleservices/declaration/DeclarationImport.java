package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.declaration.repository.CreatedDeclaration;
import ma.cimr.teleservices.declaration.repository.DeclarationImportRepository;
import ma.cimr.teleservices.declaration.repository.DeclarationImportRepository.Category;
import ma.cimr.teleservices.declaration.repository.FundProblem;
import ma.cimr.teleservices.declaration.repository.LineStaging;
import ma.cimr.teleservices.declaration.repository.StagedLine;
import ma.cimr.teleservices.declaration.repository.StagingMethod;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A company's salary file becomes draft declarations, all or nothing (DD026). The file is read
 * twice from its temporary copy rather than kept in memory: once to check it on its own, then, if
 * it is sound, inside one transaction that stages its lines, checks them against the fund's data
 * with a few joins, stores the file and creates one draft per category. One problem anywhere and
 * the transaction is rolled back: nothing stays, and the report lists every problem. Filing the
 * drafts is {@code SalaryDeclarations}' (the review page), never this class's.
 */
@Service
public class DeclarationImport {

    /** How many due periods back a file may still be sent for, the current one included. */
    static final int PERIODS_OFFERED = 12;
    private static final Logger log = LoggerFactory.getLogger(DeclarationImport.class);
    private static final String UNNAMED_FILE = "fichier.csv";

    private final Declarants declarants;
    private final DeclarationImportRepository imports;
    private final ContributionRatesRepository rates;
    private final DeclarationFileLimits limits;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final StagingMethod staging;

    DeclarationImport(Declarants declarants, DeclarationImportRepository imports, ContributionRatesRepository rates,
                      DeclarationFileLimits limits, PlatformTransactionManager transactionManager, Clock clock,
                      @Value("${portal.declaration-file.staging:COPY}") StagingMethod staging) {
        this.declarants = declarants;
        this.imports = imports;
        this.rates = rates;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.staging = staging;
    }

    /** The periods and categories the signed-in declarant may send a file for; refused to a form user. */
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public UploadSetting setting() {
        return setting(declarants.current(DeclarationMode.FILE));
    }

    /**
     * The same for a company the login acts for: its own, or one whose delegate granted its firm
     * access by file (DD027), checked again at each call.
     */
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public UploadSetting setting(long companyId) {
        return setting(declarants.forCompany(companyId, DeclarationMode.FILE));
    }

    private UploadSetting setting(Declarant declarant) {
        List<String> categories = imports.categories(declarant.companyId()).values().stream()
                .filter(c -> declarant.mayDeclare(c.id()))
                .sorted(Comparator.comparing(Category::code))
                .map(c -> c.code() + " — " + c.label())
                .toList();
        return new UploadSetting(periods(imports.periodicity(declarant.companyId())), categories);
    }

    /**
     * Imports the file (a temporary copy the caller owns and deletes) for a due period. Refused to
     * a form user and for a period not offered; every problem of the file itself is reported.
     */
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public DeclarationImportOutcome importFile(DuePeriod period, String fileName, Path file) {
        return importFile(declarants.current(DeclarationMode.FILE), period, fileName, file);
    }

    /** The same for a company the login acts for (its own, or one that granted its firm access by file). */
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public DeclarationImportOutcome importFile(long companyId, DuePeriod period, String fileName, Path file) {
        return importFile(declarants.forCompany(companyId, DeclarationMode.FILE), period, fileName, file);
    }

    private DeclarationImportOutcome importFile(Declarant declarant, DuePeriod period, String fileName, Path file) {
        String periodicity = imports.periodicity(declarant.companyId());
        if (!periods(periodicity).contains(period)) {
            throw new Refusal("declaration.upload.error.period", period.toString());
        }
        long started = System.nanoTime();
        Checked first = check(period, file);
        log.debug("file checked: {} lines in {} ms", first.result().dataLines(), (System.nanoTime() - started) / 1_000_000);
        if (!first.result().importable()) {
            return new DeclarationImportOutcome(first.result(), List.of());
        }
        String name = storedName(fileName);
        return transaction.execute(status -> {
            DeclarationImportOutcome outcome = importChecked(declarant, period, periodicity, name, file, first);
            if (!outcome.imported()) {
                status.setRollbackOnly();
            }
            return outcome;
        });
    }

    /** The name the file is kept under: the browser's, within the column's 255 characters. */
    private static String storedName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.isEmpty() ? UNNAMED_FILE : name.substring(0, Math.min(name.length(), 255));
    }

    /** The first reading: the file on its own, with its size and SHA-256 taken on the way. */
    private Checked check(DuePeriod period, Path file) {
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            DeclarationFileResult result = new DeclarationFileReader(period, limits).read(in, line -> {
            });
            in.transferTo(OutputStreamNowhere.INSTANCE); // a file stopped early is still hashed whole
            return new Checked(result, Files.size(file), sha256.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Checked(DeclarationFileResult result, long size, byte[] sha256) {
    }

    /** The second reading, in the transaction: staged, checked against the fund's data, then moved into drafts. */
    private DeclarationImportOutcome importChecked(Declarant declarant, DuePeriod period, String periodicity,
                                                   String fileName, Path file, Checked first) {
        long companyId = declarant.companyId();
        imports.lockCompany(companyId); // the same file sent twice at once: the second waits, then sees the first
        Map<String, Category> categories = imports.categories(companyId);
        Map<String, ContributionRates> ratesByCode = new HashMap<>();
        for (Category category : categories.values()) {
            rates.ratesFor(companyId, category.id(), period.firstDay())
                    .ifPresent(r -> ratesByCode.put(category.code(), r));
        }
        DeclarationFileResult second;
        try (LineStaging lines = imports.stage(staging); InputStream in = Files.newInputStream(file)) {
            long started = System.nanoTime();
            second = new DeclarationFileReader(period, limits).read(in,
                    line -> lines.add(staged(line, categories.get(line.category()), ratesByCode.get(line.category()))));
            lines.finish();
            log.debug("file read again and staged ({}): {} ms", staging, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!second.importable() || second.dataLines() != first.result().dataLines()) {
            return new DeclarationImportOutcome(second, List.of()); // the file changed between the readings
        }
        long checking = System.nanoTime();
        List<FundProblem> problems = imports.fundProblems(companyId, period, declarant.categoryIds(), first.sha256(),
                limits.maxProblems());
        log.debug("checked against the fund's data: {} ms", (System.nanoTime() - checking) / 1_000_000);
        if (!problems.isEmpty()) {
            return new DeclarationImportOutcome(report(second, problems, period), List.of());
        }
        long storing = System.nanoTime();
        long fileId = imports.storeFile(companyId, declarant.accountId(), fileName, file, first.size(), first.sha256());
        long creating = System.nanoTime();
        List<CreatedDeclaration> created = imports.createDrafts(companyId, period, periodicity, fileId,
                declarant.accountId());
        log.debug("file stored: {} ms, drafts created: {} ms", (creating - storing) / 1_000_000,
                (System.nanoTime() - creating) / 1_000_000);
        return new DeclarationImportOutcome(second, created.stream()
                .map(d -> new ImportedDeclaration(d.id(), d.categoryCode(), d.lineCount())).toList());
    }

    /** A sound line, priced with its category's rates for the period (none when the category is not the company's). */
    private static StagedLine staged(DeclarationLine line, @Nullable Category category, @Nullable ContributionRates rates) {
        Money salary = line.salary();
        Money employee = rates == null ? Money.ZERO : rates.employeeAmount(salary);
        Money employer = rates == null ? Money.ZERO : rates.employerAmount(salary);
        return new StagedLine((int) line.lineNumber(),
                line.matricule() == null ? null : line.matricule().value(),
                line.cin() == null ? null : line.cin().value(), line.name(),
                category == null ? null : category.id(), line.category(), salary.amount(), line.days(),
                line.entry(), line.exit(), employee.amount(), employer.amount());
    }

    /** The fund's problems in the reader's report format, the count beyond those listed said at the end. */
    private DeclarationFileResult report(DeclarationFileResult read, List<FundProblem> problems, DuePeriod period) {
        List<DeclarationFileProblem> listed = new ArrayList<>();
        for (FundProblem problem : problems) {
            DeclarationFileError error = DeclarationFileError.valueOf(problem.code());
            boolean wholeCategory = error == DeclarationFileError.PERIOD_ALREADY_DECLARED
                    || error == DeclarationFileError.DRAFT_EXISTS || error == DeclarationFileError.ALREADY_IMPORTED;
            listed.add(wholeCategory
                    ? DeclarationFileProblem.of(problem.lineNumber(), DeclarationColumn.valueOf(problem.column()), error,
                    problem.value(), period.toString())
                    : DeclarationFileProblem.of(problem.lineNumber(), DeclarationColumn.valueOf(problem.column()), error,
                    problem.value()));
        }
        long total = problems.getFirst().total();
        if (total > listed.size()) {
            listed.add(DeclarationFileProblem.of(0, null, DeclarationFileError.TOO_MANY_PROBLEMS, limits.maxProblems(),
                    total));
        }
        return new DeclarationFileResult(read.dataLines(), read.soundLines(), listed, total, read.charset(),
                read.separator());
    }

    /** The company's due periods up to the current one, newest first. */
    private List<DuePeriod> periods(String periodicity) {
        YearMonth now = YearMonth.now(clock);
        DuePeriod current = "QUARTERLY".equals(periodicity)
                ? DuePeriod.quarter(now.getYear(), (now.getMonthValue() - 1) / 3 + 1) : DuePeriod.month(now);
        List<DuePeriod> periods = new ArrayList<>();
        for (DuePeriod p = current; periods.size() < PERIODS_OFFERED; p = p.previous()) {
            periods.add(p);
        }
        return periods;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the rest of a file goes when only its hash is wanted. */
    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
