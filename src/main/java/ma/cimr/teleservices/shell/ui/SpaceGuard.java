package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.shell.Space;

/**
 * For screens several spaces share under their own prefix (e.g. {@code affiliate/requests} and
 * {@code retiree/requests}): each user reaches them only under their own space's prefix.
 */
public final class SpaceGuard {

    private SpaceGuard() {
    }

    /** The user's space prefix, after refusing any other one. */
    public static String requireOwnSpace(BeforeEnterEvent event, CurrentUser currentUser) {
        String own = Space.of(currentUser.require().kind()).route();
        String first = event.getLocation().getFirstSegment();
        if (!own.equals(first)) {
            event.rerouteToError(AccessDeniedException.class);
        }
        return own;
    }
}
