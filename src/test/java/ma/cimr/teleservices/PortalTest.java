package ma.cimr.teleservices;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of the test suite: the real application on a throw-away embedded
 * PostgreSQL, migrated by Flyway and loaded with the demo data, listening on a free port for the
 * browser journeys. Every Spring test uses exactly this annotation so the context is built once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.embedded-database.data-directory=", "vaadin.devmode.devTools.enabled=false"})
public @interface PortalTest {
}
