package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.ProcessingRepository;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.TrafficLight;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Staff turn a filed declaration into the affiliates' contributions (charter adhérents n°2, 2
 * business days from the filing): the queue oldest filing first, taking one in charge, and
 * processing it in one transaction under the declaration's row lock, so a double click or two
 * agents post it once (DD020, DD028). Processing answers the request filed with the declaration,
 * which stops the charter's clock.
 */
@Service
public class DeclarationProcessing {

    /** The agents of the COMPANIES team, as the request queues: agents and supervisors. */
    static final String STAFF = "hasAnyRole('AGENT', 'SUPERVISOR')";

    private final ProcessingRepository declarations;
    private final RequestDesk desk;
    private final HolidayService holidays;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final PortalI18NProvider i18n;
    private final Clock clock;

    DeclarationProcessing(ProcessingRepository declarations, RequestDesk desk, HolidayService holidays,
                          AuditTrail auditTrail, CurrentUser currentUser, PortalI18NProvider i18n, Clock clock) {
        this.declarations = declarations;
        this.desk = desk;
        this.holidays = holidays;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** One page of the queue: filed and in-charge declarations and recalls, oldest filing first. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<DeclarationToProcess> queue(int offset, int limit) {
        BusinessCalendar calendar = holidays.calendar();
        LocalDate today = today();
        return declarations.queue(offset, limit).stream().map(d -> withLight(d, calendar, today)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int queueSize() {
        return declarations.queueSize();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public DeclarationToProcess find(long declarationId) {
        return withLight(declarations.find(declarationId).orElseThrow(() -> new Refusal("declaration.processing.error.notFound")),
                holidays.calendar(), today());
    }

    /** The declaration (or recall) a request is the charter clock of, for the request's case page. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Long> declarationOfRequest(String reference) {
        return declarations.declarationOfRequest(reference);
    }

    /** A page of its lines: 20 000 lines are read a page at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<LineToProcess> lines(long declarationId, int offset, int limit) {
        return declarations.lines(declarationId, offset, limit);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<Newcomer> newcomers(long declarationId) {
        return declarations.newcomers(declarationId);
    }

    /** "Prendre en charge": the declaration is being processed, and its request is the agent's. */
    @Transactional
    @PreAuthorize(STAFF)
    public void takeCharge(long declarationId) {
        DeclarationToProcess declaration = locked(declarationId);
        if (!DeclarationToProcess.FILED.equals(declaration.status())) {
            throw new Refusal("declaration.processing.error.notFiled");
        }
        declarations.markProcessing(declarationId);
        if (declaration.requestId() != null) {
            declarations.openRequestReference(declaration.requestId()).ifPresent(desk::assignToMe);
        }
        auditTrail.record(currentUser.require().login(), "DECLARATION_TAKEN", target(declaration), null, null);
    }

    /**
     * "Traiter": newcomers linked by CIN or immatriculated (with the birth dates given for those
     * the fund does not know), entries and exits applied to the affiliations, each line's
     * contributions posted, the declaration processed and its request answered, all or nothing.
     *
     * @param birthDates the birth date of each newcomer the fund does not know, by CIN
     */
    @Transactional
    @PreAuthorize(STAFF)
    public Processed process(long declarationId, Map<String, LocalDate> birthDates) {
        DeclarationToProcess declaration = locked(declarationId);
        if (declaration.isRecall()) {
            // a recall is accepted from its request, where the fund may also refuse it
            throw new Refusal("declaration.processing.error.recall");
        }
        return postLocked(declaration, birthDates, "declaration.processing.answer");
    }

    /** The posting itself, for a declaration locked by the caller's transaction (a recall accepted, too). */
    Processed postLocked(DeclarationToProcess declaration, Map<String, LocalDate> birthDates, String answerKey) {
        if (!declaration.awaitsProcessing()) {
            throw new Refusal(DeclarationToProcess.PROCESSED.equals(declaration.status())
                    ? "declaration.processing.error.alreadyProcessed" : "declaration.processing.error.notFiled");
        }
        long id = declaration.id();
        List<String> twice = declarations.newcomersDeclaredTwice(id);
        if (!twice.isEmpty()) {
            throw new Refusal("declaration.processing.error.newcomerDeclaredTwice", String.join(", ", twice));
        }
        int linked = declarations.linkNewcomersByCin(id);
        List<Newcomer> unknown = declarations.newcomers(id);
        List<String> missing = unknown.stream().map(Newcomer::cin).filter(cin -> birthDates.get(cin) == null).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("declaration.processing.error.birthDateMissing", String.join(", ", missing));
        }
        List<String> matricules = new ArrayList<>();
        for (Newcomer newcomer : unknown) {
            LocalDate birthDate = birthDates.get(newcomer.cin());
            if (birthDate.isAfter(today().minusYears(15)) || birthDate.isBefore(today().minusYears(80))) {
                throw new Refusal("declaration.processing.error.birthDate", newcomer.cin());
            }
            String[] name = splitName(newcomer.fullName());
            matricules.add(declarations.immatriculate(id, newcomer.cin(), name[0], name[1], birthDate));
        }
        ProcessingRepository.AffiliationChanges affiliations = declarations.applyEntriesAndExits(id);
        Instant now = clock.instant();
        int posted = declarations.post(id, now);
        PortalUser me = currentUser.require();
        declarations.markProcessed(id, me.accountId().value(), now);
        auditTrail.record(me.login(), "DECLARATION_PROCESSED", target(declaration),
                declaration.lineCount() + " lines, " + posted + " months posted, " + linked + " linked by CIN, "
                        + matricules.size() + " immatriculated " + matricules + ", affiliations +" + affiliations.opened()
                        + " / closed " + affiliations.closed(), null);
        answer(declaration, answerKey);
        return new Processed(posted, linked, matricules, affiliations.opened(), affiliations.closed());
    }

    /** The request filed with the declaration is answered in the company's language, if still open. */
    void answer(DeclarationToProcess declaration, String key, Object... extra) {
        if (declaration.requestId() == null) {
            return;
        }
        declarations.openRequestReference(declaration.requestId()).ifPresent(reference -> {
            Locale locale = PortalI18NProvider.supported(Locale.forLanguageTag(desk.detail(reference).language()));
            Object[] arguments = new Object[4 + extra.length];
            arguments[0] = declaration.duePeriod().toString();
            arguments[1] = declaration.categoryCode();
            arguments[2] = declaration.lineCount();
            arguments[3] = Formats.amount(declaration.totalEmployee().add(declaration.totalEmployer()), locale);
            System.arraycopy(extra, 0, arguments, 4, extra.length);
            desk.answer(reference, i18n.getTranslation(key, locale, arguments));
        });
    }

    DeclarationToProcess locked(long declarationId) {
        return declarations.lock(declarationId).orElseThrow(() -> new Refusal("declaration.processing.error.notFound"));
    }

    static String target(DeclarationToProcess declaration) {
        return "declaration " + declaration.id() + " " + declaration.adherentNumber() + " " + declaration.duePeriod() + " "
                + declaration.categoryCode() + " " + declaration.kind();
    }

    /** The name as declared, family name first (as the CNIE and the fund's forms print it). */
    static String[] splitName(String fullName) {
        String name = fullName.trim().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        return space < 0 ? new String[]{name, name} : new String[]{name.substring(0, space), name.substring(space + 1)};
    }

    private DeclarationToProcess withLight(DeclarationToProcess declaration, BusinessCalendar calendar, LocalDate today) {
        if (!declaration.awaitsProcessing() || declaration.dueDate() == null || declaration.filedAt() == null) {
            return declaration;
        }
        LocalDate filedOn = LocalDate.ofInstant(declaration.filedAt(), BusinessCalendar.ZONE);
        return declaration.withLight(TrafficLight.of(filedOn, declaration.dueDate(), today, calendar));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE);
    }

    /** What one processing did, as the page and the tests read it. */
    public record Processed(int monthsPosted, int linkedByCin, List<String> newMatricules, int affiliationsOpened,
                            int affiliationsClosed) {
    }
}
