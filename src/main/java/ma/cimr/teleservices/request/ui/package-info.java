/**
 * Checked by NullAway in the build (DD045): nothing in this package is null unless it says
 * {@code @Nullable}.
 */
@NullMarked
package ma.cimr.teleservices.request.ui;

import org.jspecify.annotations.NullMarked;
