package ma.cimr.teleservices.retiree;

import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A revision of the pension (révision): why, by how much a month, where it stands, when it was settled. */
public record PensionRevision(Motive motive, @Nullable Money amount, Status status, LocalDate requestedOn,
                              @Nullable LocalDate settledOn) {

    public enum Motive { POINTS_CORRECTION, LATE_CONTRIBUTIONS, REVERSION, OTHER }

    public enum Status { REQUESTED, IN_PROGRESS, SETTLED, REJECTED }
}
