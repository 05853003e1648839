/**
 * The rules of the points scheme as plain Java: how a year's contributions become points, why a
 * year's points differ from the year before, and what pension a retirement age and a buy-back give.
 *
 * <p>No Spring, no database, no Vaadin ({@code ArchitectureTest} keeps it so): the parameters come
 * in as a {@link ma.cimr.teleservices.affiliate.rules.PensionParameters} value, loaded elsewhere
 * ({@code parameter.PensionParameterService}), and every figure goes out with an
 * {@link ma.cimr.teleservices.affiliate.rules.Explanation}: a message key under {@code points.}
 * and the typed numbers to put in it.
 *
 * <p>Rounding, everywhere: amounts in dirhams to the centime and points to the hundredth, half-up,
 * at the end of each computation named in the explanations (never in between).
 *
 * <p>Checked by NullAway in the build (DD045): nothing in this package is null unless it says
 * {@code @Nullable}.
 */
@NullMarked
package ma.cimr.teleservices.affiliate.rules;

import org.jspecify.annotations.NullMarked;
