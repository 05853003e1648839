package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the form's user types for a line: a matricule, or a CIN and a name for a newcomer without
 * one; the salary subject to contribution, the days worked, entry and exit dates in the period.
 * Never an amount: those are priced by the portal.
 */
public record LineEntry(@Nullable String matricule, @Nullable String cin, @Nullable String name, @Nullable Money salary,
                        int days, @Nullable LocalDate entry, @Nullable LocalDate exit) {
}
