package ma.cimr.floor;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The floor the portal's start and sessions are measured against (issue 15, {@code
 * ma.cimr.teleservices.bench.PerformanceFigures}): the same stack (Spring Boot, Spring Security,
 * Vaadin, the portal's production bundle) with one page, a grid, and nothing else. It lives
 * outside {@code ma.cimr.teleservices} so that neither the portal's component scan nor its tests'
 * ever see it; the benchmark starts it from the portal's own jar with Spring Boot's
 * {@code PropertiesLauncher}, so both start the same way from the same libraries.
 */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
public class MinimalApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }

    /** The grid page at /, registered here rather than by {@code @Route} so no route scan meets it. */
    @Bean
    VaadinServiceInitListener gridPageRoute() {
        return event -> RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
                .setRoute("", GridPage.class);
    }

    /** Everyone may see the one page: no sign-in, as the floor of what a Vaadin session costs. */
    @Bean
    SecurityFilterChain openToAll(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable()).build();
    }
}
