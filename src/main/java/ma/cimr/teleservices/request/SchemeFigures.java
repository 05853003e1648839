package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

/**
 * How the complaints of one handling scheme were handled over a period: its acknowledgement delay
 * (10 days for the 10/40-day scheme) measured beside its answer delay. The complaints the charter
 * excludes from its commitments (pensions paid abroad) are measured here only (DD023).
 *
 * @param requests               complaints received in the period under the scheme
 * @param acknowledgedInTime     of which acknowledged on or before their acknowledgement due date
 * @param answered               of which answered
 * @param answeredInTime         of which first answered on or before the deadline committed at reception
 * @param medianBusinessDays     median time to answer, in business days (null when none answered)
 */
public record SchemeFigures(ComplaintScheme scheme, int requests, int acknowledgedInTime, int answered,
                            int answeredInTime, @Nullable Double medianBusinessDays) {

    /** Share acknowledged in time, of the complaints received (null when none was). */
    public @Nullable Double shareAcknowledgedInTime() {
        return requests == 0 ? null : (double) acknowledgedInTime / requests;
    }

    /** Share answered in time, of the complaints answered (null when none was). */
    public @Nullable Double shareInTime() {
        return answered == 0 ? null : (double) answeredInTime / answered;
    }
}
