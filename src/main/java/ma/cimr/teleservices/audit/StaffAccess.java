package ma.cimr.teleservices.audit;

import java.time.Instant;

/**
 * A staff member who opened the person's file, as the person reads it (DD041): the name as the fund
 * shows it (first name and initial), when, and why in their words.
 */
public record StaffAccess(Instant openedAt, String staffName, AccessReason reason, String reasonText) {
}
