package ma.cimr.teleservices.account.recovery;

import java.time.LocalDate;

/** A letter filed as a service request: its reference and the charter's due date. */
public record RecordedLetter(long letterId, String requestReference, LocalDate dueDate) {
}
