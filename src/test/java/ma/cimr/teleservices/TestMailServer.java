package ma.cimr.teleservices;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The SMTP server of the test context, imported by {@link PortalTest}: one GreenMail for the whole
 * suite on a free port of 127.0.0.1, and {@code spring.mail.port} pointing at it
 * ({@code spring.mail.host} is set in {@link PortalTest}'s properties, because Boot checks that one
 * before any bean exists). Being part of the one annotation every test carries, it keeps the single
 * shared context: the context cache key holds the imported class, the same for every test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(destroyMethod = "stop")
    TestMailbox testMailbox() {
        return TestMailbox.start();
    }

    /** Read when Boot binds {@code spring.mail.*}, after the server above has its port. */
    @Bean
    DynamicPropertyRegistrar testMailServerProperties(TestMailbox mailbox) {
        return registry -> registry.add("spring.mail.port", mailbox::port);
    }
}
