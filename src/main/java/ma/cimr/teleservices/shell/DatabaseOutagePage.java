package ma.cimr.teleservices.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import ma.cimr.teleservices.shared.database.DatabaseOutage;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The database cannot be reached before any screen is drawn (DD038): the filter that checks a
 * signed-in session against its account's credentials reads the database on every request, so with
 * PostgreSQL stopped a signed-in person's request failed there, and the container's error dispatch
 * answered a bare 403. This filter, right inside the security headers and outside everything else,
 * answers such a request with a small translated page (French unless the browser asks for Arabic
 * or English), 503 and {@code Retry-After}, and the log gets one line. Any other failure goes on as before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutagePage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutagePage.class);

    private final PortalI18NProvider i18n;

    DatabaseOutagePage(PortalI18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {}: the database cannot be reached ({})", request.getMethod(), request.getRequestURI(), e.toString());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(page(PortalI18NProvider.supported(request.getLocale())).getBytes(StandardCharsets.UTF_8));
        }
    }

    String page(Locale locale) {
        String title = escaped("error.database.title", locale);
        String text = escaped("error.database.text", locale);
        String retry = escaped("error.database.retry", locale);
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\" dir=\""
                + (PortalI18NProvider.isRightToLeft(locale) ? "rtl" : "ltr") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem\">"
                + "<h1>" + title + "</h1><p>" + text + "</p><p><a href=\"\">" + retry + "</a></p></body></html>";
    }

    /** Only what HTML needs escaped: the page is UTF-8, so accents and Arabic stay as they are. */
    private String escaped(String key, Locale locale) {
        return HtmlUtils.htmlEscape(i18n.getTranslation(key, locale), "UTF-8");
    }
}
