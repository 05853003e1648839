package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.declaration.repository.ProcessingRepository;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.RequestDesk;
import ma.cimr.teleservices.request.TrafficLight;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
    private final DeclarationPosting posting;
    private final RequestDesk desk;
    private final HolidayService holidays;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeclarationProcessing(ProcessingRepository declarations, DeclarationPosting posting, RequestDesk desk,
                          HolidayService holidays, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
        this.declarations = declarations;
        this.posting = posting;
        this.desk = desk;
        this.holidays = holidays;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
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
        DeclarationToProcess declaration = posting.locked(declarationId);
        if (declaration.status() != DeclarationStatus.FILED) {
            throw new Refusal("declaration.processing.error.notFiled");
        }
        declarations.markProcessing(declarationId);
        if (declaration.requestId() != null) {
            declarations.openRequestReference(declaration.requestId()).ifPresent(desk::assignToMe);
        }
        auditTrail.record(currentUser.require().login(), "DECLARATION_TAKEN", DeclarationPosting.target(declaration), null, null);
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
        DeclarationToProcess declaration = posting.locked(declarationId);
        if (declaration.isRecall()) {
            // a recall is accepted from its request, where the fund may also refuse it
            throw new Refusal("declaration.processing.error.recall");
        }
        return posting.post(declaration, birthDates, "declaration.processing.answer");
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
