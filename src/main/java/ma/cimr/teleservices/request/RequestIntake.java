package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.ServiceRequestRepository;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Receives a request, whoever files it: computes its due date, gives it a reference, writes the
 * "received" and "acknowledged" events and the acknowledgement itself, all in the caller's
 * transaction.
 */
@Component
class RequestIntake {

    /** No 0/O or 1/I/l: the secret is read over the phone and typed from an SMS. */
    private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int SECRET_LENGTH = 10;
    static final String SYSTEM = "système";

    private final ServiceRequestRepository requests;
    private final HolidayService holidays;
    private final RequesterNotices notices;
    private final PasswordEncoder secrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RequestIntake(ServiceRequestRepository requests, HolidayService holidays, RequesterNotices notices,
                  PasswordEncoder secrets, Clock clock) {
        this.requests = requests;
        this.holidays = holidays;
        this.notices = notices;
        this.secrets = secrets;
        this.clock = clock;
    }

    RequestReceipt receive(RequestType type, NewRequest form, List<Attachment> attachments,
                           @Nullable Long requesterAccountId, String contactName, @Nullable String contactEmail,
                           @Nullable String contactPhone, String actor) {
        Attachments.check(attachments);
        requireText(form.subject(), "request.error.subjectRequired");
        requireText(form.description(), "request.error.descriptionRequired");
        requireText(contactName, "request.error.nameRequired");
        // a signed-in requester reads the acknowledgement in their space; anyone else needs a way to be reached
        if (requesterAccountId == null && isBlank(contactEmail) && isBlank(contactPhone)) {
            throw new Refusal("request.error.contactRequired");
        }
        String secret = requesterAccountId == null ? newSecret() : null;
        Instant now = clock.instant();
        Stored stored = store(type, form, requesterAccountId, contactName, contactEmail, contactPhone,
                secret == null ? null : secrets.encode(secret), actor, now);
        for (Attachment attachment : attachments) {
            requests.addAttachment(stored.id(), attachment, now, actor);
        }
        notices.acknowledged(stored.request(), type, secret);
        return new RequestReceipt(stored.request().reference(), stored.request().dueDate(), secret);
    }

    /**
     * An open request whose clock started at an earlier event (a buy-back's payment identified, the
     * bank's confirmation of it): received and acknowledged at the event, so the due date and the
     * committed date run from it; the requester is told now, in the caller's transaction.
     */
    RequestReceipt receiveAt(RequestType type, NewRequest form, Instant receivedAt, long requesterAccountId,
                             String contactName, @Nullable String contactEmail, String actor) {
        requireText(form.subject(), "request.error.subjectRequired");
        requireText(form.description(), "request.error.descriptionRequired");
        requireText(contactName, "request.error.nameRequired");
        if (receivedAt.isAfter(clock.instant())) {
            throw new IllegalArgumentException("a request cannot be received in the future: " + receivedAt);
        }
        Stored stored = store(type, form, requesterAccountId, contactName, contactEmail, null, null, actor, receivedAt);
        notices.acknowledged(stored.request(), type, null);
        return new RequestReceipt(stored.request().reference(), stored.request().dueDate(), null);
    }

    /**
     * A request the portal fulfilled the moment it was made: received, acknowledged, answered and
     * closed by the system at the same instant. Nobody is notified: the requester is on the page
     * that says it is done.
     */
    RequestReceipt receiveFulfilled(RequestType type, NewRequest form, long requesterAccountId, String contactName,
                                    @Nullable String contactEmail, String actor, String answer) {
        return receiveFulfilled(type, form, clock.instant(), requesterAccountId, contactName, contactEmail, actor, answer);
    }

    /**
     * The same for an event that happened before the portal acted on it (a payment the bank
     * confirmed on its value date, recorded today): received, and acknowledged, at the event, so the
     * charter's clock runs from it; answered and closed now.
     */
    RequestReceipt receiveFulfilled(RequestType type, NewRequest form, Instant receivedAt, long requesterAccountId,
                                    String contactName, @Nullable String contactEmail, String actor, String answer) {
        requireText(form.subject(), "request.error.subjectRequired");
        requireText(form.description(), "request.error.descriptionRequired");
        requireText(contactName, "request.error.nameRequired");
        requireText(answer, "request.error.textRequired");
        Instant now = clock.instant();
        if (receivedAt.isAfter(now)) {
            throw new IllegalArgumentException("a request cannot be received after it is answered: " + receivedAt);
        }
        Stored stored = store(type, form, requesterAccountId, contactName, contactEmail, null, null, actor, receivedAt);
        requests.answerAndClose(stored.id(), now);
        requests.addEvent(stored.id(), now, EventKind.ANSWERED, SYSTEM, answer.trim(), null);
        requests.addEvent(stored.id(), now, EventKind.CLOSED, SYSTEM, null, null);
        return new RequestReceipt(stored.request().reference(), stored.request().dueDate(), null);
    }

    /** Stores the request with its due date, reference and the "received" and "acknowledged" events. */
    private Stored store(RequestType type, NewRequest form, @Nullable Long requesterAccountId, String contactName,
                         @Nullable String contactEmail, @Nullable String contactPhone, @Nullable String secretHash,
                         String actor, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.ZONE);
        BusinessCalendar calendar = holidays.calendar();
        LocalDate dueDate = DueDates.initial(type, today, calendar);
        LocalDate acknowledgementDue = type.complaintScheme() == null ? today
                : type.complaintScheme().acknowledgementDue(today, calendar);
        String reference = requests.nextReference(today.getYear());
        ServiceRequest request = new ServiceRequest(0, reference, type.code(), requesterAccountId, contactName.trim(),
                blankToNull(contactEmail), blankToNull(contactPhone), secretHash,
                form.channel(), form.language(), form.subject().trim(), form.description().trim(),
                // acknowledged at reception: never later than any scheme's delay, and the figures show it
                RequestStatus.ACKNOWLEDGED, RequestLevel.FUND, type.team(), null, null, now, dueDate, dueDate,
                acknowledgementDue, now, null, null,
                null, null, null);
        long id = requests.insert(request);
        requests.addEvent(id, now, EventKind.RECEIVED, actor, null, null);
        requests.addEvent(id, now, EventKind.ACKNOWLEDGED, SYSTEM, null, dueDate);
        return new Stored(id, request);
    }

    /** The request as inserted (its id field is not set) and the id the database gave it. */
    private record Stored(long id, ServiceRequest request) {
    }

    boolean secretMatches(ServiceRequest request, @Nullable String secret) {
        return secret != null && request.accessSecretHash() != null
                && secrets.matches(secret.trim().toUpperCase(java.util.Locale.ROOT), request.accessSecretHash());
    }

    private String newSecret() {
        StringBuilder secret = new StringBuilder(SECRET_LENGTH);
        for (int i = 0; i < SECRET_LENGTH; i++) {
            secret.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }

    private static void requireText(@Nullable String value, String messageKey) {
        if (isBlank(value)) {
            throw new Refusal(messageKey);
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
