/**
 * Checked by NullAway in the build (DD045): nothing in this package is null unless it says
 * {@code @Nullable}.
 */
@NullMarked
package ma.cimr.teleservices.companyaccount;

import org.jspecify.annotations.NullMarked;
