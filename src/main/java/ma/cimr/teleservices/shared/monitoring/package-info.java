/**
 * What the portal measures of itself for operations and for the load test (issue 15, DD047): the
 * time each Vaadin round trip takes on the server and the SQL queries it runs. Checked by NullAway
 * in the build (DD045): nothing in this package is null unless it says {@code @Nullable}.
 */
@NullMarked
package ma.cimr.teleservices.shared.monitoring;

import org.jspecify.annotations.NullMarked;
