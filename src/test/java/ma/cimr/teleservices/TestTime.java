package ma.cimr.teleservices;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the test context, imported by {@link PortalTest}: it starts at the real time and
 * stands still until a test moves it (deadlines, escalation after 30 days). A test that moves it
 * puts it back when it ends, since every test shares the context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTime {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
