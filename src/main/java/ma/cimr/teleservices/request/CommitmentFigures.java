package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;

/**
 * How one charter commitment was kept over a period.
 *
 * @param requests           requests received in the period (0: nothing was measured, which is not 0 %)
 * @param answered           of which answered
 * @param answeredInTime     of which first answered on or before the deadline committed at reception
 * @param medianBusinessDays median time to answer, in business days (null when none answered)
 */
public record CommitmentFigures(ServiceCommitment commitment, int requests, int answered, int answeredInTime,
                                @Nullable Double medianBusinessDays) {

    /** Whether anything was asked under the commitment in the period: without it, there is no figure to show. */
    public boolean measured() {
        return requests > 0;
    }

    /** Share answered in time, of the requests answered (null when none answered). */
    public @Nullable Double shareInTime() {
        return answered == 0 ? null : (double) answeredInTime / answered;
    }
}
