package ma.cimr.teleservices.shared.i18n;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person reads the portal in: the choice made in this browser session, else their
 * account's choice when signed in, else the choice remembered in a cookie, else the first of the
 * browser's languages the portal speaks (an Arabic phone opens the portal in Arabic on the first
 * visit), else French. Arabic turns the whole page right-to-left.
 */
@Component
public class LocaleSelection implements VaadinServiceInitListener {

    static final String COOKIE = "portal-lang";
    private static final String SESSION_ATTRIBUTE = LocaleSelection.class.getName();
    private static final List<String> SPOKEN = List.of("fr", "ar", "en");

    private final AccountLocale accountLocale;

    LocaleSelection(AccountLocale accountLocale) {
        this.accountLocale = accountLocale;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> apply(uiEvent.getUI(), initialLocale()));
    }

    private Locale initialLocale() {
        return sessionChoice()
                .or(accountLocale::preferred)
                .or(() -> cookieValue(VaadinService.getCurrentRequest()))
                .or(() -> browserLanguage(VaadinService.getCurrentRequest()))
                .map(Locale::forLanguageTag)
                .map(PortalI18NProvider::supported)
                .orElse(PortalI18NProvider.FRENCH);
    }

    /** Switches the UI and remembers the choice for the next visit. */
    public void choose(UI ui, Locale locale) {
        Locale chosen = PortalI18NProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            response.addCookie(cookie);
        }
        // the signed-in principal still carries the language of login time: the session knows better
        ui.getSession().setAttribute(SESSION_ATTRIBUTE, chosen.getLanguage());
        accountLocale.remember(chosen.getLanguage());
        apply(ui, chosen);
    }

    static void apply(UI ui, Locale locale) {
        Direction direction = PortalI18NProvider.isRightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT;
        ui.setLocale(locale);
        ui.setDirection(direction);
        // also on the body, where the server can read it back (and tests can check it)
        ui.getElement().setAttribute("dir", direction.getClientName());
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    private static Optional<String> sessionChoice() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE));
    }

    private static Optional<String> cookieValue(@Nullable VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }

    private static Optional<String> browserLanguage(@Nullable VaadinRequest request) {
        return request == null ? Optional.empty() : fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /**
     * The portal's language the browser prefers most, by the header's own weights ("ar-MA,ar;q=0.9,
     * fr;q=0.8" is Arabic, "en-US,en;q=0.9" English); none of ours, or no header: nothing.
     */
    static Optional<String> fromAcceptLanguage(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookupTag(ranges, SPOKEN));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The signed-in account's side of the choice, implemented by the security feature. */
    public interface AccountLocale {
        Optional<String> preferred();

        void remember(String language);
    }
}
