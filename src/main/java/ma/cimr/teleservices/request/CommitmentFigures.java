package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

/**
 * How one charter commitment was kept over a period.
 *
 * @param requests           requests received in the period
 * @param answered           of which answered
 * @param answeredInTime     of which answered on or before their due date
 * @param medianBusinessDays median time to answer, in business days (null when none answered)
 */
public record CommitmentFigures(ServiceCommitment commitment, int requests, int answered, int answeredInTime,
                                @Nullable Double medianBusinessDays) {

    /** Share answered in time, of the requests answered (null when none answered). */
    public @Nullable Double shareInTime() {
        return answered == 0 ? null : (double) answeredInTime / answered;
    }
}
