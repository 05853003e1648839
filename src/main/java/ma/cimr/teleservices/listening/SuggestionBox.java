package ma.cimr.teleservices.listening;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.listening.repository.SuggestionRepository;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.RateLimits;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.EmailAddress;
import ma.cimr.teleservices.shared.value.PhoneNumber;
import ma.cimr.teleservices.shell.Space;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The suggestion box the charter promises ("des outils pour recueillir leurs attentes et
 * suggestions"), open on the public site and in every space. Anyone may drop a suggestion, so the
 * box is rate-limited per client address and its texts are bounded; staff read each one and mark
 * it read, then answered.
 */
@Service
public class SuggestionBox {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 2000;
    private static final int LIST_LIMIT = 200;

    private final SuggestionRepository suggestions;
    private final RateLimits rateLimits;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final java.time.Clock clock;

    SuggestionBox(SuggestionRepository suggestions, RateLimits rateLimits, AuditTrail auditTrail,
                  CurrentUser currentUser, java.time.Clock clock) {
        this.suggestions = suggestions;
        this.rateLimits = rateLimits;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Drops a suggestion in the box, from the signed-in person's space or the public site; its number. */
    @Transactional
    public long submit(NewSuggestion suggestion) {
        if (suggestion.category() == null) {
            throw new Refusal("suggestion.error.category");
        }
        String text = suggestion.text() == null ? "" : suggestion.text().strip();
        if (text.length() < MIN_LENGTH) {
            throw new Refusal("suggestion.error.tooShort", MIN_LENGTH);
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refusal("suggestion.error.tooLong", MAX_LENGTH);
        }
        String contact = contact(suggestion.contact());
        AccountKind kind = currentUser.find().map(user -> user.kind()).orElse(null);
        if (kind == AccountKind.STAFF) {
            throw new Refusal("suggestion.error.staff");
        }
        Space space = kind == null ? Space.PUBLIC : Space.of(kind);
        // checked last, so that a form sent back for a missing field does not use up a knock
        rateLimits.knock(RateLimits.Door.SUGGESTION);
        return suggestions.insert(clock.instant(), space, suggestion.category(), text, contact);
    }

    /** An e-mail address or a phone number, as the fund can answer to; none is fine. */
    private static @org.jspecify.annotations.Nullable String contact(@org.jspecify.annotations.Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String contact = typed.strip();
        if (contact.contains("@")) {
            if (!EmailAddress.isOne(contact)) {
                throw new Refusal("suggestion.error.contact");
            }
            return EmailAddress.parse(contact).value();
        }
        try {
            return PhoneNumber.parse(contact).value();
        } catch (Refusal notAPhone) {
            throw new Refusal("suggestion.error.contact");
        }
    }

    /** The suggestions not yet read and those read but not answered, the newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public List<Suggestion> toHandle() {
        return suggestions.inStatus(List.of(SuggestionStatus.NEW, SuggestionStatus.READ), LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public List<Suggestion> answered() {
        return suggestions.inStatus(List.of(SuggestionStatus.ANSWERED), LIST_LIMIT);
    }

    /** How many suggestions of the period are in each state, for the charter dashboard. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public Map<SuggestionStatus, Integer> countsBetween(Instant from, Instant to) {
        return suggestions.countPerStatus(from, to);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public void markRead(long id) {
        move(id, SuggestionStatus.NEW, SuggestionStatus.READ, "SUGGESTION_READ");
    }

    /** Answered: its author was answered through the contact they left, or it led to a change. Read first if it was not. */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR', 'ADMINISTRATOR', 'CONCILIATOR')")
    public void markAnswered(long id) {
        Suggestion suggestion = suggestions.find(id).orElseThrow(() -> new Refusal("suggestion.error.unknown"));
        move(id, suggestion.status() == SuggestionStatus.NEW ? SuggestionStatus.NEW : SuggestionStatus.READ,
                SuggestionStatus.ANSWERED, "SUGGESTION_ANSWERED");
    }

    private void move(long id, SuggestionStatus from, SuggestionStatus to, String action) {
        String staff = currentUser.require().login();
        if (!suggestions.move(id, from, to, staff, clock.instant())) {
            throw new Refusal("suggestion.error.alreadyHandled");
        }
        auditTrail.record(staff, action, "suggestion " + id, null, null);
    }
}
