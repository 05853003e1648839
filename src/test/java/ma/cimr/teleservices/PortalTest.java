package ma.cimr.teleservices;

import ma.cimr.teleservices.delegate.ConsoleFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of the test suite: the real application on a throw-away embedded
 * PostgreSQL, migrated by Flyway and loaded with the demo data, listening on a free port for the
 * browser journeys. Every Spring test uses exactly this annotation so the context is built once.
 *
 * <p>E-mail goes to an in-process SMTP server ({@link TestMailServer}; read it through
 * {@link TestMailbox}), SMS to the recording gateway. The scheduled outbox delivery is off: a test
 * that wants its messages sent calls {@code OutboxDelivery.deliverDue()} itself, so nothing is sent
 * behind a test's back. The scheduled deadline watch is off too: a test calls
 * {@code DeadlineWatch.runOnce()} itself and never waits for a pass of the application's own.
 *
 * <p>Time is a {@link TestClock} ({@link TestTime}): it stands still unless a test moves it.
 *
 * <p>Add nothing to a test class that changes the context (another {@code @Import},
 * {@code @TestPropertySource}, {@code @MockitoBean}...): put what every test needs here instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.embedded-database.data-directory=", "vaadin.devmode.devTools.enabled=false",
                "spring.mail.host=127.0.0.1", "portal.mail.gateway=smtp", "portal.outbox.delivery-enabled=false",
                "portal.requests.deadline-watch-enabled=false", "portal.retiree.jobs-enabled=false", "portal.sms.gateway=recording",
                // the sandbox bank answers when a test tells it to, and answers are delivered when a test asks
                "portal.bank.answers-enabled=false", "portal.bank.sandbox.answer-delay=0s",
                // unconfirmed payment orders expire when a test calls OrderExpiry.runOnce(), never behind its back
                "portal.easypayment.expiry-enabled=false",
                // the monthly pension run runs when a test calls it (PensionRuns.runDue)
                "portal.pension-run.enabled=false",
                // the whole suite signs in from 127.0.0.1; the limit's own test uses addresses of its own
                "portal.rate-limits.sign-in=600/PT1M",
                // the management endpoints on a free port of their own, as in production on theirs
                "management.server.port=0"})
@Import({TestMailServer.class, TestTime.class, ConsoleFixture.class})
public @interface PortalTest {
}
