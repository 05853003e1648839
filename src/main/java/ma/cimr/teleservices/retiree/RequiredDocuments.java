package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.retiree.RetireePension.Kind;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Which supporting documents a pension needs, for how long one is good, and when the fund speaks
 * about it (DD036): a proof of life every year from everyone; a survivor spouse's non-remarriage
 * certificate every year; an orphan's schooling certificate from the age at which the pension
 * continues only for those still at school. The liquidation file proved all of them, so the first
 * is due a year after the pension started. A reminder goes out {@link #REMINDER_WINDOW} before
 * expiry, a notice at expiry, and the pension is suspended only {@link #GRACE} after the notice.
 */
public final class RequiredDocuments {

    public static final Period VALIDITY = Period.ofYears(1);
    public static final Period REMINDER_WINDOW = Period.ofDays(30);
    public static final Period GRACE = Period.ofDays(30);
    public static final int SCHOOLING_FROM_AGE = 16;

    private RequiredDocuments() {
    }

    /** What this pension needs on {@code today}. A survivor whose relation is unrecorded is taken for a spouse. */
    public static List<DocumentKind> of(Kind kind, @Nullable String survivorRelation, LocalDate birthDate,
                                        LocalDate today) {
        var kinds = new ArrayList<DocumentKind>();
        kinds.add(DocumentKind.PROOF_OF_LIFE);
        if (kind == Kind.SURVIVOR) {
            if ("ORPHAN".equals(survivorRelation)) {
                if (!birthDate.plusYears(SCHOOLING_FROM_AGE).isAfter(today)) {
                    kinds.add(DocumentKind.SCHOOLING);
                }
            } else {
                kinds.add(DocumentKind.NON_REMARRIAGE);
            }
        }
        return kinds;
    }

    /** Until when the pension needs no new document of a kind: the last accepted one's date, or a year after it started. */
    public static LocalDate expiry(@Nullable LocalDate lastAcceptedValidUntil, LocalDate pensionStart) {
        return lastAcceptedValidUntil != null ? lastAcceptedValidUntil : pensionStart.plus(VALIDITY);
    }

    /** A document accepted today is good until then. */
    public static LocalDate validUntil(LocalDate acceptedOn) {
        return acceptedOn.plus(VALIDITY);
    }

    public static boolean remindedFrom(LocalDate expiry, LocalDate today) {
        return !today.isBefore(expiry.minus(REMINDER_WINDOW));
    }

    /** The day a pension whose notice went out on {@code noticeDay} is suspended if nothing was accepted. */
    public static LocalDate suspensionDay(LocalDate noticeDay) {
        return noticeDay.plus(GRACE);
    }
}
