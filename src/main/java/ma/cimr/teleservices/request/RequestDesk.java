package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.AnswerTemplateRepository;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The staff's side: queues per team, assignment, internal notes, pauses, delay notices and
 * answers. Agents work the three front teams; the conciliation service works only its own
 * queue, so a complaint is never re-examined by the team that answered it.
 */
@Service
public class RequestDesk {

    static final String STAFF = "hasAnyRole('AGENT', 'SUPERVISOR', 'CONCILIATOR')";

    private final ServiceRequestRepository requests;
    private final RequestReadModel queries;
    private final RequestTypes types;
    private final RequestIntake intake;
    private final RequestReader reader;
    private final RequesterNotices notices;
    private final AnswerTemplateRepository templates;
    private final HolidayService holidays;
    private final CurrentUser currentUser;
    private final Clock clock;
    // the features implementing CaseSteps use this desk themselves: looked up when asked, not at start
    private final ObjectProvider<CaseSteps> caseSteps;
    private final RequestResumption resumption;

    RequestDesk(ServiceRequestRepository requests, RequestReadModel queries, RequestTypes types, RequestIntake intake, RequestReader reader,
                RequesterNotices notices, AnswerTemplateRepository templates, HolidayService holidays,
                CurrentUser currentUser, Clock clock, ObjectProvider<CaseSteps> caseSteps,
                RequestResumption resumption) {
        this.requests = requests;
        this.queries = queries;
        this.types = types;
        this.intake = intake;
        this.reader = reader;
        this.notices = notices;
        this.templates = templates;
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.clock = clock;
        this.caseSteps = caseSteps;
        this.resumption = resumption;
    }

    /**
     * The steps of a case that other features work on their own screens (crediting a paid
     * buy-back), as they say; the request comes from {@link #detail}, which checked the access.
     */
    @PreAuthorize(STAFF)
    public List<CaseStep> steps(RequestSummary request) {
        return caseSteps.orderedStream().flatMap(feature -> feature.stepFor(request).stream()).toList();
    }

    /** The queues the signed-in staff member works. */
    @PreAuthorize(STAFF)
    public List<Team> myTeams() {
        PortalUser user = currentUser.require();
        List<Team> teams = new ArrayList<>();
        for (Team team : Team.values()) {
            if (mayWork(user, team)) {
                teams.add(team);
            }
        }
        return teams;
    }

    /** One page of a team's queue: its open requests only, or all of them. */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<RequestSummary> queue(Team team, boolean openOnly, int offset, int limit) {
        requireTeam(team);
        return queries.queue(team, statuses(openOnly), offset, limit).stream().map(reader::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public int queueSize(Team team, boolean openOnly) {
        requireTeam(team);
        return queries.queueSize(team, statuses(openOnly));
    }

    /** What "open" means for a queue is the status's own rule; no status asked for is every status. */
    private static Set<RequestStatus> statuses(boolean openOnly) {
        return openOnly ? RequestStatus.open() : Set.of();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public RequestDetail detail(String reference) {
        return reader.detail(workable(reference), true);
    }

    /**
     * The login that filed a request, for a feature acting on its requester's file (crediting a
     * paid buy-back); empty when the request was filed without one. Same access rule as the detail.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Optional<Long> requesterAccount(String reference) {
        return Optional.ofNullable(workable(reference).requesterAccountId());
    }

    /** What the staff's entry screen offers: every type but those the portal files itself. */
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public List<RequestType> typesToEnter() {
        return types.all().stream().filter(type -> !type.filedBySystem()).toList();
    }

    /** A request received by phone, post, e-mail or at an agency, entered for its requester. */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public RequestReceipt enter(NewRequest form) {
        return enter(form, List.of());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public RequestReceipt enter(NewRequest form, List<Attachment> attachments) {
        return enterAs(ServiceRequests.refuseFiledBySystem(types.get(form.typeCode())), form, attachments);
    }

    /**
     * A request of a type the portal files itself (a subscription's signed form, a delegate's
     * letter), entered by the feature whose staff screen received it; never from the entry screen
     * where the type is chosen (DD023).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public RequestReceipt enterThroughFeature(NewRequest form) {
        return enterThroughFeature(form, List.of());
    }

    /** The same, with the scanned letter or form joined to the case (DD025). */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public RequestReceipt enterThroughFeature(NewRequest form, List<Attachment> attachments) {
        RequestType type = types.get(form.typeCode());
        if (!type.filedBySystem()) {
            throw new IllegalArgumentException(type.code() + " is entered by hand, not through a feature");
        }
        return enterAs(type, form, attachments);
    }

    private RequestReceipt enterAs(RequestType type, NewRequest form, List<Attachment> attachments) {
        if (form.channel() == Channel.WEB) {
            throw new Refusal("request.error.channelRequired");
        }
        return intake.receive(type, form, attachments, null, form.contactName() == null ? "" : form.contactName(),
                form.contactEmail(), form.contactPhone(), currentUser.require().login());
    }

    @Transactional
    @PreAuthorize(STAFF)
    public void assignToMe(String reference) {
        ServiceRequest request = open(reference);
        PortalUser me = currentUser.require();
        requests.assign(request.id(), me.accountId().value());
        requests.addEvent(request.id(), clock.instant(), EventKind.ASSIGNED, me.login(), me.displayName(), null);
    }

    /** Seen by staff only. */
    @Transactional
    @PreAuthorize(STAFF)
    public void note(String reference, String text) {
        ServiceRequest request = workable(reference);
        requests.addEvent(request.id(), clock.instant(), EventKind.NOTE, currentUser.require().login(),
                requireText(text), null);
    }

    /** Stops the clock until the requester sends what is missing; they are told what. */
    @Transactional
    @PreAuthorize(STAFF)
    public void waitForRequester(String reference, String whatIsMissing) {
        ServiceRequest request = open(reference);
        if (request.status() == RequestStatus.WAITING_FOR_REQUESTER) {
            throw new Refusal("request.error.alreadyWaiting");
        }
        String message = requireText(whatIsMissing);
        requests.pause(request.id(), reader.today());
        requests.addEvent(request.id(), clock.instant(), EventKind.WAITING_FOR_REQUESTER,
                currentUser.require().login(), message, null);
        notices.waiting(request, message);
    }

    /** The requester answered: the clock starts again and the due date moves by the pause. */
    @Transactional
    @PreAuthorize(STAFF)
    public LocalDate resume(String reference) {
        return resumption.resume(open(reference), currentUser.require().login());
    }

    /** The answer will be late: the requester is told why and the new date, before the deadline. */
    @Transactional
    @PreAuthorize(STAFF)
    public void announceDelay(String reference, LocalDate newDueDate, String reason) {
        ServiceRequest request = open(reference);
        if (!newDueDate.isAfter(request.dueDate()) || !newDueDate.isAfter(reader.today())) {
            throw new Refusal("request.error.delayDate");
        }
        String message = requireText(reason);
        requests.moveDueDate(request.id(), newDueDate);
        requests.addEvent(request.id(), clock.instant(), EventKind.DELAY_NOTICE, currentUser.require().login(),
                message, newDueDate);
        notices.delayed(request, newDueDate, message);
    }

    /** The answer closes the request; for a complaint it names the next recourse. */
    @Transactional
    @PreAuthorize(STAFF)
    public void answer(String reference, String text) {
        ServiceRequest request = open(reference);
        String answer = requireText(text);
        String recourse = notices.recourse(request, types.get(request.typeCode()));
        Instant now = clock.instant();
        requests.answerAndClose(request.id(), now);
        String login = currentUser.require().login();
        requests.addEvent(request.id(), now, EventKind.ANSWERED, login,
                recourse == null ? answer : answer + "\n\n" + recourse, null);
        requests.addEvent(request.id(), now, EventKind.CLOSED, login, null, null);
        notices.answered(request, answer, recourse);
    }

    /**
     * A closed request taken up again (the requester brought a new element): it gets a fresh
     * deadline from today, and the requester is told.
     */
    @Transactional
    @PreAuthorize(STAFF)
    public LocalDate reopen(String reference, String reason) {
        ServiceRequest request = locked(reference);
        if (request.status().isOpen()) {
            throw new Refusal("request.error.notClosed");
        }
        String message = requireText(reason);
        RequestType type = types.get(request.typeCode());
        LocalDate due = DueDates.initial(type, reader.today(), holidays.calendar());
        PortalUser me = currentUser.require();
        requests.reopen(request.id(), me.accountId().value(), due);
        requests.addEvent(request.id(), clock.instant(), EventKind.REOPENED, me.login(), message, due);
        notices.reopened(request, due);
        return due;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public Attachment attachment(String reference, long attachmentId) {
        return queries.attachment(workable(reference).id(), attachmentId).orElseThrow(RequestNotFoundException::new);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(STAFF)
    public List<AnswerTemplate> templates(String language) {
        return templates.findByLanguage(language);
    }

    /**
     * For a transition: the request locked until the transaction ends, so that of two staff members
     * acting on it at once the second waits and then sees the first one's change (DD020).
     */
    private ServiceRequest open(String reference) {
        ServiceRequest request = locked(reference);
        if (!request.status().isOpen()) {
            throw new Refusal("request.error.closed");
        }
        return request;
    }

    private ServiceRequest locked(String reference) {
        ServiceRequest request = requests.lockByReference(reference.trim()).orElseThrow(RequestNotFoundException::new);
        requireTeam(request.team());
        return request;
    }

    /** For reading, and for what only adds to the timeline (a note): no lock. */
    private ServiceRequest workable(String reference) {
        ServiceRequest request = queries.findByReference(reference.trim()).orElseThrow(RequestNotFoundException::new);
        requireTeam(request.team());
        return request;
    }

    private void requireTeam(Team team) {
        if (!mayWork(currentUser.require(), team)) {
            throw new AccessDeniedException("not a member of team " + team);
        }
    }

    private static boolean mayWork(PortalUser user, Team team) {
        return team == Team.CONCILIATION ? user.has(Role.CONCILIATOR)
                : user.has(Role.AGENT) || user.has(Role.SUPERVISOR);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new Refusal("request.error.textRequired");
        }
        return text.trim();
    }
}
