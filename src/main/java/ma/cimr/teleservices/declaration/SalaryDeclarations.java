package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.ContributionRatesRepository;
import ma.cimr.teleservices.declaration.repository.DeclarationRepository;
import ma.cimr.teleservices.declaration.repository.DeclarationRepository.DeclaringCompany;
import ma.cimr.teleservices.declaration.repository.DeclarationRepository.KnownAffiliate;
import ma.cimr.teleservices.declaration.repository.DeclarationRepository.NewLine;
import ma.cimr.teleservices.declaration.repository.DeclarationRepository.PreviousLine;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.request.NewRequest;
import ma.cimr.teleservices.request.RequestReceipt;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import ma.cimr.teleservices.shared.value.Cin;
import ma.cimr.teleservices.shared.value.DuePeriod;
import ma.cimr.teleservices.shared.value.Matricule;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The télédéclaration (the glossary's {@code SalaryDeclaration}, DD027): a draft for a due period
 * and a category, pre-filled with the previous period's staff, changed line by line with every
 * amount priced from the category's rates, compared with the previous period, then filed — the
 * charter's clock (adhérents n°2) starting with the COMPANY_DECLARATION request filed in the same
 * transaction. Every call checks again who acts for which company ({@link Declarants#forCompany}),
 * so a revoked grant or a changed setting stops the next call, and a declaration id from a URL
 * opens nothing of another company.
 */
@Service
@PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
public class SalaryDeclarations {

    /** How many past periods the form offers besides the current one. */
    static final int PERIODS_OFFERED = 12;
    private static final String REQUEST_TYPE = "COMPANY_DECLARATION";

    private final DeclarationRepository declarations;
    private final ContributionRatesRepository rates;
    private final Declarants declarants;
    private final DeclarationChecks checks;
    private final ServiceRequests requests;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final DeclarationReceiptPdf receiptPdf;
    private final DeclarationFileLimits limits;
    private final Clock clock;
    private final int jumpPercent;

    SalaryDeclarations(DeclarationRepository declarations, ContributionRatesRepository rates, Declarants declarants,
                       DeclarationChecks checks, ServiceRequests requests, AuditTrail auditTrail, CurrentUser currentUser,
                       PortalI18NProvider i18n, DeclarationReceiptPdf receiptPdf, DeclarationFileLimits limits, Clock clock,
                       @Value("${portal.declaration.salary-jump-percent:30}") int jumpPercent) {
        this.declarations = declarations;
        this.rates = rates;
        this.declarants = declarants;
        this.checks = checks;
        this.requests = requests;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.receiptPdf = receiptPdf;
        this.limits = limits;
        this.clock = clock;
        this.jumpPercent = jumpPercent;
    }

    // --- which company, which period, which category ---

    /** The companies the signed-in login may act for: its own first, then those that granted its firm access. */
    @Transactional(readOnly = true)
    public List<DeclarableCompany> companies() {
        return declarants.companies();
    }

    /** How the login declares for the company (file or form), as its delegate (or the granting one) chose. */
    @Transactional(readOnly = true)
    public DeclarationMode mode(long companyId) {
        return declarants.forCompany(companyId).mode();
    }

    /** The company's declarations, newest period first, drafts included. */
    @Transactional(readOnly = true)
    public List<DeclarationSummary> history(long companyId) {
        declarants.forCompany(companyId);
        return declarations.history(companyId);
    }

    /** The categories the declarant may declare for the company. */
    @Transactional(readOnly = true)
    public List<DeclarableCategory> categories(long companyId) {
        Declarant declarant = declarants.forCompany(companyId);
        return declarations.categories(companyId).stream()
                .filter(category -> category.active() && declarant.mayDeclare(category.id()))
                .map(category -> new DeclarableCategory(category.id(), category.code(), category.label())).toList();
    }

    /** The due periods still to declare for that category, newest first: the current one and the last twelve. */
    @Transactional(readOnly = true)
    public List<DuePeriod> duePeriods(long companyId, long categoryId) {
        declarants.forCompany(companyId);
        DuePeriod current = currentPeriod(company(companyId));
        DuePeriod oldest = current;
        for (int i = 0; i < PERIODS_OFFERED; i++) {
            oldest = oldest.previous();
        }
        Set<LocalDate> taken = declarations.takenPeriods(companyId, categoryId, oldest.firstDay());
        List<DuePeriod> periods = new ArrayList<>();
        for (DuePeriod period = current; period.compareTo(oldest) >= 0; period = period.previous()) {
            if (!taken.contains(period.firstDay())) {
                periods.add(period);
            }
        }
        return periods;
    }

    // --- the draft ---

    /**
     * A new draft by form, pre-filled with the previous period's staff (DD027): the lines of the
     * filed declaration of that period and category, else the contributions the fund has on record
     * for it; those who left during the previous period are not carried over.
     */
    @Transactional
    public long start(long companyId, DuePeriod period, long categoryId) {
        Declarant declarant = declarants.forCompany(companyId, DeclarationMode.FORM);
        DeclaringCompany company = company(companyId);
        requireCategory(declarant, companyId, categoryId);
        if (period.frequency() != company.frequency()) {
            throw new Refusal("declaration.form.error.periodicity");
        }
        if (period.compareTo(currentPeriod(company)) > 0) {
            throw new Refusal("declaration.form.error.futurePeriod", period.toString());
        }
        long id = declarations.createDraft(companyId, categoryId, period, declarant.accountId())
                .orElseThrow(() -> new Refusal("declaration.form.error.alreadyDeclared", period.toString()));
        ContributionRates priced = ratesFor(companyId, categoryId, period);
        int defaultDays = period.frequency() == DuePeriod.Frequency.QUARTER ? 90 : 30;
        List<NewLine> lines = new ArrayList<>();
        for (PreviousLine previous : previousLines(companyId, categoryId, period.previous()).lines()) {
            if (previous.exit() != null) {
                continue;
            }
            int days = previous.days() > 0 ? previous.days() : defaultDays;
            lines.add(new NewLine(previous.affiliateId(), previous.affiliateId() == null ? previous.cin() : null,
                    previous.affiliateId() == null ? previous.name() : null, previous.salary(), days, null, null,
                    priced.employeeAmount(previous.salary()), priced.employerAmount(previous.salary())));
        }
        declarations.insertLines(id, lines);
        declarations.refreshTotals(id);
        return id;
    }

    /** A declaration with its lines, for the editor, the review and the detail page. */
    @Transactional(readOnly = true)
    public DeclarationDetail detail(long declarationId) {
        DeclarationSummary summary = visible(declarationId);
        DeclaringCompany company = company(summary.companyId());
        return new DeclarationDetail(summary, company.adherentNumber(), company.legalName(),
                declarations.lines(declarationId));
    }

    /** Adds a line (a matricule, or a CIN and a name for a newcomer), priced; returns the draft's new totals. */
    @Transactional
    public DeclarationSummary addLine(long declarationId, LineEntry entry) {
        DeclarationSummary draft = editable(declarationId);
        declarations.insertLines(declarationId, List.of(priced(draft, entry, 0)));
        declarations.refreshTotals(declarationId);
        return visible(declarationId);
    }

    /** Changes a line's person, salary, days or dates, priced again; returns the draft's new totals. */
    @Transactional
    public DeclarationSummary changeLine(long declarationId, int lineNumber, LineEntry entry) {
        DeclarationSummary draft = editable(declarationId);
        declarations.line(declarationId, lineNumber).orElseThrow(() -> new Refusal("declaration.form.error.noSuchLine"));
        declarations.updateLine(declarationId, lineNumber, priced(draft, entry, lineNumber));
        declarations.refreshTotals(declarationId);
        return visible(declarationId);
    }

    /** Removes a line; returns the draft's new totals. */
    @Transactional
    public DeclarationSummary removeLine(long declarationId, int lineNumber) {
        editable(declarationId);
        if (!declarations.deleteLine(declarationId, lineNumber)) {
            throw new Refusal("declaration.form.error.noSuchLine");
        }
        declarations.refreshTotals(declarationId);
        return visible(declarationId);
    }

    /** A draft is thrown away whole, by form or by file; a filed declaration is cancelled through the fund instead. */
    @Transactional
    public void delete(long declarationId) {
        DeclarationSummary draft = visible(declarationId);
        if (draft.status() != DeclarationStatus.DRAFT) {
            throw new Refusal("declaration.form.error.notDraft");
        }
        declarations.lock(declarationId);
        declarations.deleteDraft(declarationId);
    }

    // --- review and filing ---

    /**
     * The draft against the previous period (DD027): the filed declaration of that period and
     * category, else the contributions on record for it.
     */
    @Transactional(readOnly = true)
    public PeriodComparison compare(long declarationId) {
        DeclarationSummary declaration = visible(declarationId);
        DuePeriod previousPeriod = declaration.period().previous();
        Previous previous = previousLines(declaration.companyId(), declaration.categoryId(), previousPeriod);
        Map<String, PreviousLine> before = new HashMap<>();
        for (PreviousLine line : previous.lines()) {
            before.put(key(line.affiliateId(), line.cin()), line);
        }
        List<PeriodComparison.Change> joiners = new ArrayList<>();
        List<PeriodComparison.Change> leavers = new ArrayList<>();
        List<PeriodComparison.Change> jumps = new ArrayList<>();
        BigDecimal threshold = BigDecimal.valueOf(jumpPercent);
        for (DeclaredLine line : declarations.lines(declarationId)) {
            PreviousLine was = before.remove(key(line.affiliateId(), line.cin()));
            if (was == null) {
                joiners.add(new PeriodComparison.Change(line.identifier(), line.name(), null, line.salary()));
            } else if (jumped(was.salary(), line.salary(), threshold)) {
                jumps.add(new PeriodComparison.Change(line.identifier(), line.name(), was.salary(), line.salary()));
            }
            if (line.exit() != null) {
                leavers.add(new PeriodComparison.Change(line.identifier(), line.name(),
                        was == null ? null : was.salary(), line.salary()));
            }
        }
        List<PeriodComparison.Change> missing = before.values().stream()
                .filter(line -> line.exit() == null)
                .map(line -> new PeriodComparison.Change(
                        line.matricule() != null ? line.matricule() : line.cin() == null ? "" : line.cin(),
                        line.name(), line.salary(), null))
                .sorted(java.util.Comparator.comparing(PeriodComparison.Change::identifier)).toList();
        return new PeriodComparison(previousPeriod, previous.source(), joiners, leavers, missing, jumps, jumpPercent,
                previous.salary(), declaration.totalSalary(), previous.contributions(),
                declaration.totalContributions());
    }

    /** The fund-data problems of the draft's lines (empty when none): the review lists them all. */
    @Transactional(readOnly = true)
    public List<LineProblem> problems(long declarationId) {
        visible(declarationId);
        return checks.problems(declarationId);
    }

    /**
     * Files the draft: the declarant's settings (mode, category active and theirs), the lines
     * against the fund's data, the period not already declared; then FILED, with the
     * COMPANY_DECLARATION request in the same transaction, its due date counted from now. Two
     * filings at once: the row lock lets one through, the other finds it filed.
     */
    @Transactional
    public FiledDeclaration file(long declarationId) {
        DeclarationSummary draft = visible(declarationId);
        Declarant declarant = declarants.forCompany(draft.companyId(), draft.channel() == DeclarationChannel.FORM
                ? DeclarationMode.FORM : DeclarationMode.FILE);
        requireCategory(declarant, draft.companyId(), draft.categoryId());
        DeclarationStatus status = declarations.lock(declarationId).orElseThrow(() -> new Refusal("declaration.history.error.notFound"));
        if (status != DeclarationStatus.DRAFT) {
            throw new Refusal("declaration.review.error.alreadyFiled", draft.period().toString());
        }
        draft = visible(declarationId); // the lines may have changed while we waited for the lock
        if (draft.lineCount() == 0) {
            throw new Refusal("declaration.review.error.empty");
        }
        List<LineProblem> problems = checks.problems(declarationId);
        if (!problems.isEmpty()) {
            LineProblem first = problems.getFirst();
            throw new Refusal(first.key(), first.arguments().toArray());
        }
        DeclaringCompany company = company(draft.companyId());
        Locale french = PortalI18NProvider.FRENCH;
        RequestReceipt receipt = requests.fileThroughFeature(new NewRequest(REQUEST_TYPE, ma.cimr.teleservices.request.Channel.WEB,
                french.getLanguage(),
                i18n.getTranslation("declaration.review.request.subject", french, draft.period().toString(), draft.categoryCode(),
                        company.adherentNumber()),
                i18n.getTranslation("declaration.review.request.description", french, company.legalName(),
                        company.adherentNumber(), draft.period().toString(), draft.categoryCode(),
                        String.valueOf(draft.lineCount()), draft.totalSalary().toString(),
                        draft.totalEmployee().toString(), draft.totalEmployer().toString()),
                null, null, null));
        PortalUser me = currentUser.require();
        Instant filedAt = clock.instant();
        declarations.markFiled(declarationId, me.accountId().value(), filedAt, receipt.reference());
        auditTrail.record(me.login(), "DECLARATION_FILED", company.adherentNumber(),
                draft.period() + " " + draft.categoryCode() + ", " + draft.channel() + ", " + draft.lineCount()
                        + " lines, " + draft.totalSalary() + ", " + receipt.reference(), null);
        return new FiledDeclaration(declarationId, receipt.reference(), receipt.dueDate(), filedAt);
    }

    // --- documents ---

    /** The receipt (accusé de réception) of a filed declaration, as a PDF in the given language. */
    @Transactional(readOnly = true)
    public DeclarationDocument receipt(long declarationId, Locale locale) {
        DeclarationDetail detail = detail(declarationId);
        if (detail.summary().status() == DeclarationStatus.DRAFT) {
            throw new Refusal("declaration.form.error.notFiled");
        }
        Locale language = PortalI18NProvider.supported(locale);
        return new DeclarationDocument("recepisse-declaration-" + detail.adherentNumber() + "-"
                + detail.summary().period() + "-" + detail.summary().categoryCode() + "-" + language.getLanguage() + ".pdf",
                "application/pdf", receiptPdf.render(detail, language));
    }

    /** The file as the company sent it, for a declaration made by file. */
    @Transactional(readOnly = true)
    public DeclarationDocument sentFile(long declarationId) {
        DeclarationSummary summary = visible(declarationId);
        if (summary.fileId() == null) {
            throw new Refusal("declaration.history.error.noFile");
        }
        var file = declarations.file(summary.fileId(), summary.companyId())
                .orElseThrow(() -> new Refusal("declaration.history.error.noFile"));
        return new DeclarationDocument(file.fileName(), "text/csv", file.content());
    }

    // --- rules ---

    /** The declaration, if the signed-in login may act for its company; otherwise as if it did not exist. */
    private DeclarationSummary visible(long declarationId) {
        DeclarationSummary summary = declarations.find(declarationId)
                .orElseThrow(() -> new Refusal("declaration.history.error.notFound"));
        try {
            declarants.forCompany(summary.companyId());
        } catch (Refusal refusal) {
            if (refusal.key().equals("declaration.history.error.notGranted")) {
                throw new Refusal("declaration.history.error.notFound");
            }
            throw refusal;
        }
        return summary;
    }

    /** A draft typed in the form, by a form user who may declare its category. */
    private DeclarationSummary editable(long declarationId) {
        DeclarationSummary draft = visible(declarationId);
        if (draft.status() != DeclarationStatus.DRAFT) {
            throw new Refusal("declaration.form.error.notDraft");
        }
        if (draft.channel() != DeclarationChannel.FORM) {
            throw new Refusal("declaration.form.error.fileDraft");
        }
        Declarant declarant = declarants.forCompany(draft.companyId(), DeclarationMode.FORM);
        requireCategory(declarant, draft.companyId(), draft.categoryId());
        return draft;
    }

    private void requireCategory(Declarant declarant, long companyId, long categoryId) {
        var category = declarations.categories(companyId).stream().filter(c -> c.id() == categoryId).findFirst()
                .orElseThrow(() -> new Refusal("declaration.form.error.categoryNotYours"));
        if (!category.active()) {
            throw new Refusal("declaration.form.error.inactiveCategory", category.code());
        }
        if (!declarant.mayDeclare(categoryId)) {
            throw new Refusal("declaration.form.error.categoryNotYours");
        }
    }

    private NewLine priced(DeclarationSummary draft, LineEntry entry, int exceptLine) {
        DuePeriod period = draft.period();
        boolean quarter = period.frequency() == DuePeriod.Frequency.QUARTER;
        Money salary = entry.salary();
        if (salary == null) {
            throw new Refusal("declaration.form.error.salaryRequired");
        }
        Money ceiling = Money.of(limits.monthlySalaryCeiling().amount().multiply(BigDecimal.valueOf(quarter ? 3 : 1)));
        if (salary.isGreaterThan(ceiling)) {
            throw new Refusal("declaration.form.error.salaryAbsurd", ceiling.toString());
        }
        int maxDays = quarter ? 92 : 31;
        if (entry.days() < 0 || entry.days() > maxDays) {
            throw new Refusal("declaration.form.error.days", String.valueOf(maxDays));
        }
        if (salary.isZero() && entry.days() > 0) {
            throw new Refusal("declaration.form.error.salaryZeroWithDays");
        }
        for (LocalDate date : new LocalDate[]{entry.entry(), entry.exit()}) {
            if (date != null && (date.isBefore(period.firstDay()) || date.isAfter(period.lastDay()))) {
                throw new Refusal("declaration.form.error.dateOutsidePeriod", period.toString());
            }
        }
        if (entry.entry() != null && entry.exit() != null && entry.exit().isBefore(entry.entry())) {
            throw new Refusal("declaration.form.error.datesOrder");
        }
        Long affiliateId = null;
        String cin = null;
        String name = null;
        if (entry.matricule() != null && !entry.matricule().isBlank()) {
            Matricule matricule = Matricule.parse(entry.matricule());
            KnownAffiliate affiliate = declarations.affiliateByMatricule(matricule.value(), draft.companyId())
                    .orElseThrow(() -> new Refusal("declaration.form.error.unknownMatricule", matricule.value()));
            if (affiliate.affiliated() && !affiliate.ofTheCompany() && entry.entry() == null) {
                throw new Refusal("declaration.form.error.anotherCompany", matricule.value());
            }
            affiliateId = affiliate.id();
        } else {
            if (entry.cin() == null || entry.cin().isBlank() || entry.name() == null || entry.name().isBlank()) {
                throw new Refusal("declaration.form.error.identityRequired");
            }
            cin = Cin.parse(entry.cin()).value();
            name = entry.name().strip();
            if (name.length() > 100) {
                throw new Refusal("declaration.form.error.nameTooLong", "100");
            }
            String known = cin;
            declarations.affiliateByCin(cin, draft.companyId()).ifPresent(affiliate -> {
                throw new Refusal("declaration.form.error.knownCin", known, affiliate.matricule());
            });
        }
        if (declarations.hasLineFor(draft.id(), affiliateId, cin, exceptLine)) {
            throw new Refusal("declaration.form.error.duplicate");
        }
        ContributionRates priced = ratesFor(draft.companyId(), draft.categoryId(), period);
        return new NewLine(affiliateId, cin, name, salary, entry.days(), entry.entry(), entry.exit(),
                priced.employeeAmount(salary), priced.employerAmount(salary));
    }

    private ContributionRates ratesFor(long companyId, long categoryId, DuePeriod period) {
        return rates.ratesFor(companyId, categoryId, period.firstDay())
                .orElseThrow(() -> new Refusal("declaration.form.error.categoryNotYours"));
    }

    /** The previous period's people and totals: its filed declaration, else the contributions on record. */
    private record Previous(PeriodComparison.Source source, List<PreviousLine> lines, Money salary, Money contributions) {
    }

    private Previous previousLines(long companyId, long categoryId, DuePeriod previous) {
        var filed = declarations.filedOriginal(companyId, categoryId, previous.firstDay());
        if (filed.isPresent()) {
            List<PreviousLine> lines = declarations.lines(filed.get()).stream()
                    .map(line -> new PreviousLine(line.affiliateId(), line.matricule(), line.cin(), line.name(),
                            line.salary(), line.days(), line.exit())).toList();
            DeclarationSummary summary = declarations.find(filed.get()).orElseThrow();
            return new Previous(PeriodComparison.Source.DECLARATION, lines, summary.totalSalary(),
                    summary.totalContributions());
        }
        List<PreviousLine> lines = declarations.contributionsOnRecord(companyId, categoryId, previous);
        if (lines.isEmpty()) {
            return new Previous(PeriodComparison.Source.NONE, lines, Money.ZERO, Money.ZERO);
        }
        // the fund's own figures for that period, priced at that period's rates as they were declared
        ContributionRates then = ratesFor(companyId, categoryId, previous);
        Money salary = Money.ZERO;
        Money contributions = Money.ZERO;
        for (PreviousLine line : lines) {
            salary = salary.add(line.salary());
            contributions = contributions.add(then.employeeAmount(line.salary())).add(then.employerAmount(line.salary()));
        }
        return new Previous(PeriodComparison.Source.CONTRIBUTIONS, lines, salary, contributions);
    }

    private static boolean jumped(Money before, Money after, BigDecimal thresholdPercent) {
        if (before.isZero()) {
            return !after.isZero();
        }
        BigDecimal change = after.amount().subtract(before.amount()).abs().multiply(BigDecimal.valueOf(100));
        return change.compareTo(before.amount().multiply(thresholdPercent)) > 0;
    }

    private static String key(@Nullable Long affiliateId, @Nullable String cin) {
        return affiliateId != null ? "A" + affiliateId : "C" + cin;
    }

    private DeclaringCompany company(long companyId) {
        return declarations.company(companyId).orElseThrow(() -> new Refusal("declaration.history.error.notFound"));
    }

    private DuePeriod currentPeriod(DeclaringCompany company) {
        YearMonth month = YearMonth.from(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE));
        return company.frequency() == DuePeriod.Frequency.QUARTER
                ? DuePeriod.quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1)
                : DuePeriod.month(month);
    }
}
