package ma.cimr.teleservices.shell.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import ma.cimr.teleservices.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database stopped while people use the portal (DD038): a page that cannot open and a click
 * that fails both say, in the user's words, that the service is briefly unavailable, never
 * "unexpected error" and never a trace. The failing "service" is a page registered for this
 * session only, which fails the way the pool fails when PostgreSQL is down.
 */
class DatabaseOutageScreensTest extends PortalBrowserlessTest {

    /** A screen whose data cannot be read: the pool timed out waiting for a connection. */
    @AnonymousAllowed
    public static class UnreachableDataView extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms."));
        }
    }

    /** A screen that fails for any other reason: still the "unexpected error" page. */
    @AnonymousAllowed
    public static class BrokenView extends VerticalLayout implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("a defect");
        }
    }

    @Test
    void aPageWhoseDatabaseIsDownSaysTheServiceIsTemporarilyUnavailable() {
        RouteConfiguration.forSessionScope().setRoute("test-unreachable-data", UnreachableDataView.class);

        open("test-unreachable-data");

        assertThat(getCurrentView()).isInstanceOf(InternalErrorView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Service momentanément indisponible");
        assertThat($(Paragraph.class).first().getText()).startsWith("Le service est momentanément indisponible.")
                .doesNotContain("Exception", "Hikari");
    }

    @Test
    void aPageThatFailsForAnotherReasonStillSaysItCouldNotOpen() {
        RouteConfiguration.forSessionScope().setRoute("test-broken", BrokenView.class);

        open("test-broken");

        assertThat($(H1.class).first().getText()).isEqualTo("Cette page n'a pas pu s'ouvrir");
    }

    @Test
    void aClickThatCannotReachTheDatabaseSaysTheServiceIsTemporarilyUnavailable() {
        open("");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                        new java.sql.SQLException("Connection refused", "08001"))));

        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Le service est momentanément indisponible.");
    }
}
