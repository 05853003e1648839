package ma.cimr.teleservices.account;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ma.cimr.teleservices.security.AccountId;
import ma.cimr.teleservices.security.AccountKind;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A log line written while serving a request names the request and the account, and nothing of them outlives it. */
class LogContextTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger("log-context-test");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        logger.detachAppender(lines);
    }

    @Test
    void aSignedInRequestsLinesCarryTheProxysRequestIdAndTheAccountsNumberButNotItsLogin() throws Exception {
        PortalUser user = new PortalUser(new AccountId(4242), "atlas.compte", null, "Compte Atlas",
                "compte@atlas.ma", AccountKind.COMPANY_USER, true, false, null, null, null, null, Set.of(Role.COMPANY_ACCOUNT));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/company");
        request.addHeader(LogContext.HEADER, "9f86d081884c7d659a2feaa0c55ad015");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LogContext().doFilter(request, response, (req, res) -> logger.info("serving"));

        ILoggingEvent line = lines.list.getFirst();
        assertThat(line.getMDCPropertyMap())
                .containsEntry(LogContext.REQUEST_ID, "9f86d081884c7d659a2feaa0c55ad015")
                .containsEntry(LogContext.ACCOUNT_ID, "4242")
                .doesNotContainValue("atlas.compte");
        assertThat(response.getHeader(LogContext.HEADER)).isEqualTo("9f86d081884c7d659a2feaa0c55ad015");
        assertThat(MDC.get(LogContext.REQUEST_ID)).as("nothing left for the thread's next request").isNull();
        assertThat(MDC.get(LogContext.ACCOUNT_ID)).isNull();
    }

    @Test
    void aForgedRequestIdIsReplacedSoItCannotWriteIntoTheLogs() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(LogContext.HEADER, "x\n2026-12-03 ERROR forged line");
        MockHttpServletResponse response = new MockHttpServletResponse();

        new LogContext().doFilter(request, response, (req, res) -> logger.info("serving"));

        String requestId = lines.list.getFirst().getMDCPropertyMap().get(LogContext.REQUEST_ID);
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(lines.list.getFirst().getMDCPropertyMap()).doesNotContainKey(LogContext.ACCOUNT_ID);
    }
}
