package ma.cimr.teleservices.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Every visible string of the portal, from {@code i18n/messages_<lang>.properties}.
 *
 * <p>Why not Vaadin's default provider: {@link ResourceBundle#getBundle} falls back to the JVM's
 * default locale, so a French page could come out in English on an English server. Here the
 * three bundles are loaded explicitly and anything unknown is French.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ARABIC, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    private final Map<String, ResourceBundle> bundles = LOCALES.stream()
            .collect(Collectors.toMap(Locale::getLanguage, PortalI18NProvider::load));

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** The supported locale closest to the one asked for: French unless it is Arabic or English. */
    public static Locale supported(Locale locale) {
        return LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(FRENCH);
    }

    public static boolean isRightToLeft(Locale locale) {
        return ARABIC.getLanguage().equals(locale.getLanguage());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = supported(locale == null ? FRENCH : locale);
        ResourceBundle bundle = bundles.get(language.getLanguage());
        if (bundle == null) {
            // every supported locale's bundle is loaded at construction, or the constructor failed
            throw new IllegalStateException("no bundle loaded for " + language);
        }
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            // the translation test keeps this from happening; on screen it must stay visible
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    private static ResourceBundle load(Locale locale) {
        String path = "i18n/messages_" + locale.getLanguage() + ".properties";
        var stream = PortalI18NProvider.class.getClassLoader().getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("missing " + path);
        }
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return new PropertyResourceBundle(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
