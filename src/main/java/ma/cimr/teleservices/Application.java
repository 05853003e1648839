package ma.cimr.teleservices;

import com.vaadin.flow.component.page.AppShellConfigurator;
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
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** One clock for every rule that reads the time, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.system(ma.cimr.teleservices.shared.BusinessCalendar.ZONE);
    }
}
