package ma.cimr.teleservices.account;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalTest;
import ma.cimr.teleservices.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A signed-in session in constant use still ends twelve hours after it began. */
@PortalTest
@Transactional
class SessionLifetimeTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    Instant start;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        start = clock.instant();
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(start);
    }

    @Test
    void aSessionInUseEndsTwelveHoursAfterItsFirstSignedInRequest() throws Exception {
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", DemoLogins.AFFILIATE)
                .param("password", DemoLogins.PASSWORD).with(csrf())).andReturn().getRequest().getSession();
        for (int hour = 0; hour < 12; hour++) {
            mvc.perform(get("/my-space").session(session));
            assertThat(session.isInvalid()).as("still open after %d hours of use", hour).isFalse();
            clock.advance(Duration.ofHours(1));
        }

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/my-space").session(session));

        assertThat(session.isInvalid()).isTrue();
    }
}
