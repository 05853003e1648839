package ma.cimr.teleservices.request;

import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.RateLimits.Door;
import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The requester's side: file a request, follow it, escalate a complaint, rate the answer. A
 * signed-in requester reaches only their own requests; an anonymous one only with the reference
 * and the secret sent to them. Anything else is "not found", never "forbidden".
 */
@Service
public class ServiceRequests {

    static final String REQUESTERS = "hasRole('" + Roles.REQUESTER + "')";

    private final RateLimits rateLimits;
    private final ServiceRequestRepository requests;
    private final RequestReadModel queries;
    private final RequestTypes types;
    private final RequestIntake intake;
    private final RequestReader reader;
    private final RequesterNotices notices;
    private final HolidayService holidays;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClockResumption resumption;

    ServiceRequests(ServiceRequestRepository requests, RequestReadModel queries, RequestTypes types,
                    RequestIntake intake, RequestReader reader, RequesterNotices notices, HolidayService holidays,
                    CurrentUser currentUser, RateLimits rateLimits, Clock clock, ClockResumption resumption) {
        this.requests = requests;
        this.queries = queries;
        this.rateLimits = rateLimits;
        this.types = types;
        this.intake = intake;
        this.reader = reader;
        this.notices = notices;
        this.holidays = holidays;
        this.currentUser = currentUser;
        this.clock = clock;
        this.resumption = resumption;
    }

    /** The types the signed-in requester may file by hand: their population's, less those the portal files itself. */
    @PreAuthorize(REQUESTERS)
    public List<RequestType> typesForMe() {
        return types.of(populationOf(currentUser.require())).stream().filter(type -> !type.filedBySystem()).toList();
    }

    /** The documents to provide with a request of this kind, listed before it is filed; empty: none. */
    public List<RequiredDocument> documentsFor(RequestType type) {
        return types.documentsFor(type);
    }

    /** What an anonymous visitor may file from the public page: complaints and questions. */
    public List<RequestType> typesForVisitors() {
        return types.all().stream()
                .filter(type -> !type.filedBySystem())
                .filter(type -> type.isComplaint() || type.code().endsWith("_INFORMATION"))
                .toList();
    }

    @Transactional
    @PreAuthorize(REQUESTERS)
    public RequestReceipt file(NewRequest form) {
        return file(form, List.of());
    }

    @Transactional
    @PreAuthorize(REQUESTERS)
    public RequestReceipt file(NewRequest form, List<Attachment> attachments) {
        return fileAs(refuseFiledBySystem(types.get(form.typeCode())), form, attachments);
    }

    /**
     * A request of a type the portal files itself (an anomaly report, a simulated buy-back), from
     * the feature that built it for the signed-in requester; never from a form where the type is
     * chosen (DD023).
     */
    @Transactional
    @PreAuthorize(REQUESTERS)
    public RequestReceipt fileThroughFeature(NewRequest form) {
        RequestType type = types.get(form.typeCode());
        if (!type.filedBySystem()) {
            throw new IllegalArgumentException(type.code() + " is filed by hand, not through a feature");
        }
        return fileAs(type, form, List.of());
    }

    /**
     * A request of a type the portal files itself, for a requester it knows by their account, whose
     * clock starts at an event that happened at {@code receivedAt} (now or earlier): a buy-back's
     * payment identified, the bank's confirmation of it (affiliés n°4 and n°3, DD040). Filed by the
     * feature that saw the event, whoever is signed in (nobody, when the bank's notice is delivered),
     * within its transaction; open, acknowledged at the event, and the requester is told now.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RequestReceipt fileThroughFeature(NewRequest form, Instant receivedAt, long requesterAccountId,
                                             String requesterName, @Nullable String requesterEmail, String actor) {
        RequestType type = types.get(form.typeCode());
        if (!type.filedBySystem()) {
            throw new IllegalArgumentException(type.code() + " is filed by hand, not through a feature");
        }
        return intake.receiveAt(type, withChannel(form, Channel.WEB), receivedAt, requesterAccountId, requesterName,
                requesterEmail, actor);
    }

    private RequestReceipt fileAs(RequestType type, NewRequest form, List<Attachment> attachments) {
        PortalUser user = currentUser.require();
        if (type.population() != populationOf(user)) {
            throw new Refusal("request.error.typeNotForYou");
        }
        return intake.receive(type, withChannel(form, Channel.WEB), attachments, user.accountId().value(), user.displayName(),
                user.email(), form.contactPhone(), user.login());
    }

    /**
     * The requester sent what the fund was waiting for through the feature that asked for it (the
     * missing papers of a pension claim): the clock starts again today, not on the day staff next
     * look. Only for a request of a type the portal files itself, and only by the requester who filed it.
     */
    @Transactional
    @PreAuthorize(REQUESTERS)
    public LocalDate resumeThroughFeature(String reference) {
        ServiceRequest request = accessibleForUpdate(reference, null);
        if (!types.get(request.typeCode()).filedBySystem()) {
            throw new IllegalArgumentException(request.typeCode() + " is answered by hand, not through a feature");
        }
        if (!request.status().isOpen()) {
            throw new Refusal("request.error.closed");
        }
        return resumption.resume(request, currentUser.require().login());
    }

    /**
     * A request of a type the portal files itself for somebody without an account yet (a company
     * applying for membership), from the feature that received what they sent and checked their
     * address: its clock starts now, in the caller's transaction, so the two stand or fall
     * together. The requester follows it with the reference and the secret sent to that address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RequestReceipt fileForVisitorThroughFeature(NewRequest form, List<Attachment> attachments) {
        RequestType type = types.get(form.typeCode());
        if (!type.filedBySystem()) {
            throw new IllegalArgumentException(type.code() + " is filed by hand, not through a feature");
        }
        String name = Objects.requireNonNullElse(form.contactName(), "");
        return intake.receive(type, withChannel(form, Channel.WEB), attachments, null, name, form.contactEmail(),
                form.contactPhone(), name.isBlank() ? RequestIntake.SYSTEM : name.trim());
    }

    /**
     * A requester without an account sent what staff were waiting for, through the feature that
     * received it and knows them (a membership application's missing documents): the clock starts
     * again now, as when staff resume it, in the caller's transaction. Nothing happens when the
     * request is not waiting. A signed-in requester goes through {@link #resumeThroughFeature}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void resumeForVisitorThroughFeature(String reference, String actor) {
        ServiceRequest request = requests.lockByReference(reference.trim()).orElseThrow(RequestNotFoundException::new);
        if (request.pausedOn() != null) {
            resumption.resume(request, actor);
        }
    }

    /** From the public page: the requester is known by the contact details they give. */
    @Transactional
    public RequestReceipt fileAnonymously(NewRequest form) {
        return fileAnonymously(form, List.of());
    }

    @Transactional
    public RequestReceipt fileAnonymously(NewRequest form, List<Attachment> attachments) {
        rateLimits.knock(Door.ANONYMOUS_REQUEST);
        RequestType type = refuseFiledBySystem(types.get(form.typeCode()));
        if (!typesForVisitors().contains(type)) {
            throw new Refusal("request.error.typeNotForVisitors");
        }
        String name = Objects.requireNonNullElse(form.contactName(), "");
        return intake.receive(type, withChannel(form, Channel.WEB), attachments, null, name, form.contactEmail(),
                form.contactPhone(), name.isBlank() ? RequestIntake.SYSTEM : name.trim());
    }

    /**
     * Something the requester has just done themselves on the portal and that the portal completed
     * at once (opening their affiliate space): a request received, answered and closed now by the
     * system, so the charter's figures count it and the requester finds it among their requests.
     * Nothing is sent: the page they are on says it is done. Only within the caller's transaction,
     * the one that did the thing, so the two stand or fall together; the caller names the account.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RequestReceipt recordFulfilled(NewRequest form, long requesterAccountId, String requesterName,
                                          @Nullable String requesterEmail, String actor, String answer) {
        RequestType type = types.get(form.typeCode());
        return intake.receiveFulfilled(type, withChannel(form, Channel.WEB), requesterAccountId, requesterName,
                requesterEmail, actor, answer);
    }

    /**
     * Something the portal did on an event that happened earlier and is measured from it (charter
     * adhérents n°5: the compte adhérent updated within 3 business days of the bank's confirmation):
     * received at {@code receivedAt}, answered and closed now. Like {@link #recordFulfilled(NewRequest,
     * long, String, String, String, String)}, only within the transaction that did the thing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public RequestReceipt recordFulfilled(NewRequest form, Instant receivedAt, long requesterAccountId,
                                          String requesterName, @Nullable String requesterEmail, String actor,
                                          String answer) {
        RequestType type = types.get(form.typeCode());
        return intake.receiveFulfilled(type, withChannel(form, Channel.WEB), receivedAt, requesterAccountId,
                requesterName, requesterEmail, actor, answer);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(REQUESTERS)
    public List<RequestSummary> myRequests() {
        return queries.findByRequester(currentUser.require().accountId().value()).stream().map(reader::summary).toList();
    }

    /**
     * One request with its timeline (internal notes left out), for its signed-in owner, or for
     * anyone holding its reference and secret.
     */
    @Transactional(readOnly = true)
    public RequestDetail find(String reference, @Nullable String secret) {
        if (secret != null) {
            // a secret typed on the public follow page: guessing it costs a knock each time
            rateLimits.knock(Door.FOLLOW_REQUEST);
        }
        return reader.detail(accessible(reference, secret), false);
    }

    /** A file joined to one of the requester's requests, under the same access rule as the request. */
    @Transactional(readOnly = true)
    public Attachment attachment(String reference, @Nullable String secret, long attachmentId) {
        ServiceRequest request = accessible(reference, secret);
        return queries.attachment(request.id(), attachmentId).orElseThrow(RequestNotFoundException::new);
    }

    /** One click: the complaint goes to the next level with its whole history. */
    @Transactional
    public RequestDetail escalate(String reference, @Nullable String secret, String reason) {
        ServiceRequest request = accessibleForUpdate(reference, secret);
        RequestType type = types.get(request.typeCode());
        LocalDate today = reader.today();
        RequestLevel next = Escalation.next(request, type, today);
        if (next == null) {
            throw new Refusal("request.error.escalationNotOpen");
        }
        Instant now = clock.instant();
        // the form is pre-filled with the case history; the conciliation also reads the whole timeline
        String message = reason == null || reason.isBlank() ? null : reason.trim();
        if (next == RequestLevel.CONCILIATION) {
            ComplaintScheme scheme = type.complaintScheme();
            if (scheme == null) {
                // Escalation.next opens a conciliation to complaints only, which have a scheme
                throw new Refusal("request.error.escalationNotOpen");
            }
            LocalDate due = scheme.answerDue(today, holidays.calendar());
            requests.escalate(request.id(), next, Team.CONCILIATION, due);
            requests.addEvent(request.id(), now, EventKind.ESCALATED, request.contactName(), message, due);
            notices.escalatedToConciliation(request, due);
        } else {
            // the mediator is outside the fund: the portal records the referral and closes
            requests.escalate(request.id(), next, request.team(), today);
            requests.answerAndClose(request.id(), now);
            requests.addEvent(request.id(), now, EventKind.ESCALATED, request.contactName(), message, null);
            notices.referredToMediator(request);
        }
        return reader.detail(queries.findByReference(request.reference()).orElseThrow(), false);
    }

    @Transactional
    public void rate(String reference, @Nullable String secret, int rating, @Nullable String comment) {
        ServiceRequest request = accessibleForUpdate(reference, secret);
        if (request.status() != RequestStatus.CLOSED || request.level() == RequestLevel.MEDIATION) {
            throw new Refusal("request.error.ratingNotOpen");
        }
        if (rating < 1 || rating > 5) {
            throw new Refusal("request.error.ratingRange");
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.trim();
        requests.rate(request.id(), rating, cleanComment);
        requests.addEvent(request.id(), clock.instant(), EventKind.RATED, request.contactName(),
                rating + "/5" + (cleanComment == null ? "" : " — " + cleanComment), null);
    }

    private ServiceRequest accessible(String reference, @Nullable String secret) {
        return mayAccess(queries.findByReference(reference.trim()).orElseThrow(RequestNotFoundException::new), secret);
    }

    /**
     * For a transition (escalate, rate): locked until the transaction ends, so that a double click
     * or two tabs are served one after the other and the second sees the first (DD020).
     */
    private ServiceRequest accessibleForUpdate(String reference, @Nullable String secret) {
        return mayAccess(requests.lockByReference(reference.trim()).orElseThrow(RequestNotFoundException::new), secret);
    }

    private ServiceRequest mayAccess(ServiceRequest request, @Nullable String secret) {
        boolean owner = request.requesterAccountId() != null && currentUser.find()
                .map(user -> Objects.equals(request.requesterAccountId(), user.accountId().value())).orElse(false);
        if (!owner && !intake.secretMatches(request, secret)) {
            throw new RequestNotFoundException();
        }
        return request;
    }

    /** The types the portal files itself are filed by the feature that did the thing, never by hand. */
    static RequestType refuseFiledBySystem(RequestType type) {
        if (type.filedBySystem()) {
            throw new Refusal("request.error.filedBySystem");
        }
        return type;
    }

    private static NewRequest withChannel(NewRequest form, Channel channel) {
        return new NewRequest(form.typeCode(), channel, form.language(), form.subject(), form.description(),
                form.contactName(), form.contactEmail(), form.contactPhone());
    }

    static Population populationOf(PortalUser user) {
        return switch (user.kind()) {
            case AFFILIATE -> Population.AFFILIATE;
            case RETIREE -> Population.RETIREE;
            case DELEGATE, COMPANY_USER -> Population.COMPANY;
            case STAFF -> throw new Refusal("request.error.typeNotForYou");
        };
    }
}
