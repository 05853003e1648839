package ma.cimr.teleservices;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

import org.springframework.context.annotation.Bean;

/**
 * The Téléservices portal. The stylesheets are plain CSS loaded at run time (Lumo from its jar,
 * ours from {@code frontend/styles}), so neither the build nor the start needs Node. Scheduling is
 * on for the background jobs (the outbox delivery); each job says how it stays safe with several
 * instances on one database.
 *
 * <p>Installable on a phone's home screen: the manifest, the fund's icons, a theme colour, and a
 * hand-written service worker ({@code offline-worker.js}: Vaadin serves a {@code sw.js} of its
 * own) that keeps only the offline notice (Vaadin's own PWA support needs
 * the Node frontend build this project does without: DD003). All of them are static files in
 * {@code META-INF/resources}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    static final String THEME_COLOUR = "#0b6e4f";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("manifest", "manifest.webmanifest");
        settings.addFavIcon("icon", "icons/favicon-32.png", "32x32");
        settings.addFavIcon("icon", "icons/icon-192.png", "192x192");
        settings.addLink("apple-touch-icon", "icons/apple-touch-icon.png");
        settings.addMetaTag("theme-color", THEME_COLOUR);
        settings.addInlineWithContents(Inline.Position.APPEND,
                "if ('serviceWorker' in navigator) { navigator.serviceWorker.register('offline-worker.js').catch(() => {}); }",
                Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for every rule that reads the time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.system(ma.cimr.teleservices.shared.BusinessCalendar.ZONE);
    }
}
