package ma.cimr.teleservices.shell;

import jakarta.servlet.ServletException;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.net.ConnectException;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A signed-in person's request failing before any screen because PostgreSQL is down (the session
 * check reads the account) gets a translated 503 page, not the container's bare error (DD038).
 */
class DatabaseOutagePageTest {

    private final DatabaseOutagePage filter = new DatabaseOutagePage(new PortalI18NProvider());

    @Test
    void aRequestThatCannotReachTheDatabaseGetsATranslatedServiceUnavailablePage() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/affiliate");
        request.addPreferredLocale(Locale.forLanguageTag("ar"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            throw new DataAccessResourceFailureException("jOOQ; SQL [select ...]", new ConnectException("Connection refused"));
        });

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("60");
        assertThat(response.getContentAsString()).contains("dir=\"rtl\"", "الخدمة غير متاحة مؤقتًا")
                .doesNotContain("Exception", "jOOQ");
    }

    @Test
    void anyOtherFailureGoesOnAsBefore() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/affiliate");

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            throw new ServletException(new IllegalStateException("a defect"));
        })).isInstanceOf(ServletException.class);
    }

    @Test
    void theFrenchPageIsTheDefault() {
        assertThat(filter.page(PortalI18NProvider.supported(Locale.GERMAN))).contains("lang=\"fr\"",
                "Service momentanément indisponible", "Réessayer");
    }
}
