package ma.cimr.teleservices.declaration;

import org.jspecify.annotations.Nullable;

/**
 * A line declared by CIN and name, without a matricule: processing links it to the affiliate the
 * fund already knows under that CIN, or immatriculates a new one with the birth date staff give.
 *
 * @param knownMatricule the matricule of the affiliate with this CIN, when the fund has one
 */
public record Newcomer(String cin, String fullName, @Nullable String knownMatricule) {
}
