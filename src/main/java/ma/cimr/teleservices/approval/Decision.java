package ma.cimr.teleservices.approval;

/**
 * How a proposal ended. WITHDRAWN: the subject was decided another way (a subscription rejected
 * on its own page), so the proposal no longer waits for anybody.
 */
public enum Decision {
    APPROVED, REJECTED, WITHDRAWN
}
