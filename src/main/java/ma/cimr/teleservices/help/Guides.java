package ma.cimr.teleservices.help;

import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the guides from the classpath: {@code help/guides/<file>_<language>.md}, whose first line
 * is {@code # Title} and the rest the body. French and Arabic exist for every guide (GuidesTest);
 * a language without its file falls back to French. Read at each call: a few kilobytes, and an
 * edited file shows at the next page.
 */
@Component
public class Guides {

    static final String FOLDER = "help/guides/";

    public GuideText read(Guide guide, Locale requested) {
        Locale locale = PortalI18NProvider.supported(requested);
        String text = load(guide, locale.getLanguage());
        if (text == null) {
            text = load(guide, PortalI18NProvider.FRENCH.getLanguage());
        }
        if (text == null) {
            throw new IllegalStateException("no guide " + guide + " in French");
        }
        String[] titleAndBody = text.split("\\R", 2);
        String title = titleAndBody[0].replaceFirst("^#\\s*", "").strip();
        return new GuideText(guide, title, titleAndBody.length > 1 ? titleAndBody[1].strip() : "");
    }

    /** The resource path of a guide in a language, for whoever edits them. */
    public static String path(Guide guide, String language) {
        return FOLDER + guide.file() + "_" + language + ".md";
    }

    private static @Nullable String load(Guide guide, String language) {
        try (InputStream in = Guides.class.getClassLoader().getResourceAsStream(path(guide, language))) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
