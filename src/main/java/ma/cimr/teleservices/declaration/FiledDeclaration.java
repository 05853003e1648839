package ma.cimr.teleservices.declaration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A declaration just filed: the service request that carries the charter's clock (adhérents n°2),
 * its reference and due date, and the moment the clock started.
 */
public record FiledDeclaration(long id, String requestReference, LocalDate dueDate, Instant filedAt) {
}
