package ma.cimr.teleservices.shell.ui;

import org.springframework.web.util.HtmlUtils;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Static parts of the layouts written as markup (one property of one element) rather than a
 * component each, and one copy of each such string for every session that shows it (DD048):
 * a menu is the same for everyone of a space, a language and a set of roles.
 */
final class Markup {

    /** Far more than the spaces × languages × role sets: past it, strings are not shared any more. */
    private static final int MOST_SHARED = 1_000;
    private static final Map<String, String> SHARED = new ConcurrentHashMap<>();

    private Markup() {
    }

    /**
     * Text as markup (Spring's escaping, as the database outage page's): the translations are the
     * portal's, but a name or a label may hold any character.
     */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** The one copy of {@code markup} every session holds. */
    static String shared(String markup) {
        String known = SHARED.get(markup);
        if (known != null) {
            return known;
        }
        if (SHARED.size() >= MOST_SHARED) {
            return markup;
        }
        String previous = SHARED.putIfAbsent(markup, markup);
        return previous != null ? previous : markup;
    }
}
