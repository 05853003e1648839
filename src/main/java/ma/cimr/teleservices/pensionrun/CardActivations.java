package ma.cimr.teleservices.pensionrun;

import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository;
import ma.cimr.teleservices.pensionrun.repository.CatchUpRepository.CardHolder;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The RAHATI card's activation, the event the charter's n°2 clock starts from: staff record it
 * from the issuer's notice (a bank adapter would call {@link #recordActivation} the same way). Set
 * once: the date the clock started cannot be moved afterwards (DD023, DD037). The first pension
 * follows by a catch-up payment ({@link CatchUps}).
 */
@Service
public class CardActivations {

    private final CatchUpRepository cards;
    private final CatchUps catchUps;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final Clock clock;

    CardActivations(CatchUpRepository cards, CatchUps catchUps, AuditTrail auditTrail, CurrentUser currentUser,
                    Clock clock) {
        this.cards = cards;
        this.catchUps = catchUps;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Staff record that the card of the pension {@code pensionFileNumber} was activated on {@code activatedOn}. */
    @Transactional
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public void activate(String pensionFileNumber, LocalDate activatedOn) {
        recordActivation(pensionFileNumber, activatedOn, currentUser.require().login());
    }

    @Transactional
    public void recordActivation(String pensionFileNumber, LocalDate activatedOn, String actor) {
        String number = pensionFileNumber == null ? "" : pensionFileNumber.strip().toUpperCase(java.util.Locale.ROOT);
        CardHolder holder = cards.cardHolder(number).orElseThrow(() -> new Refusal("pensionrun.card.error.unknown", number));
        if (!holder.card()) {
            throw new Refusal("pensionrun.card.error.notCard", number);
        }
        if (activatedOn == null || activatedOn.isAfter(LocalDate.ofInstant(clock.instant(), BusinessCalendar.ZONE))) {
            throw new Refusal("pensionrun.card.error.date");
        }
        if (!cards.activate(holder.retireeId(), activatedOn)) {
            throw new Refusal("pensionrun.card.error.already", number, String.valueOf(holder.activatedOn()));
        }
        auditTrail.record(actor, "RAHATI_CARD_ACTIVATED", number, activatedOn.toString(), null);
    }

    /** The catch-up payments due now, without waiting for the job's next look (the staff page's button). */
    @PreAuthorize("hasAnyRole('AGENT', 'SUPERVISOR')")
    public int payCatchUps() {
        return catchUps.payDue();
    }
}
