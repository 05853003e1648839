package ma.cimr.floor;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a start's time goes, by Spring's own startup steps (issue 15, DD051): the application named
 * by {@code -Dsteps.application} (the portal's or the minimal one's class) is started once with
 * Spring's {@link BufferingApplicationStartup}, then closed; each step's own time (its time less its
 * sub-steps') is added to a group (a bean's by the package of its type: jOOQ, Flyway, Tomcat, the
 * portal's beans…) and printed as {@code STEP <group> <milliseconds>} lines, each bean of the
 * application's own as {@code BEAN <name> <milliseconds>}, for {@code PerformanceFigures} to put the
 * two applications side by side.
 *
 * <p>It lives here, beside the minimal application, and is started from the portal's jar with only
 * this package on the loader path, so that the portal's component scan meets none of the tests'
 * classes. Only the steps Spring records are counted: the JVM's own start, and the management
 * server's context (a child context of its own, not recorded), are the difference between the
 * printed {@code READY} time and the steps' sum.
 */
public final class StartupSteps {

    private static final String SPRING = "Spring's own steps (environment, refresh, events, other beans)";
    private static final String WEB_SERVERS = "Tomcat and the web servers";

    private StartupSteps() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(Class.forName(System.getProperty("steps.application")));
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        application.setApplicationStartup(startup);
        try (ConfigurableApplicationContext context = application.run(args)) {
            System.out.printf("READY %d%n", ManagementFactory.getRuntimeMXBean().getUptime());
            List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
            Map<Long, Long> children = new HashMap<>();
            for (TimelineEvent event : events) {
                Long parent = event.getStartupStep().getParentId();
                if (parent != null) {
                    children.merge(parent, event.getDuration().toNanos(), Long::sum);
                }
            }
            Map<String, Long> byGroup = new HashMap<>();
            for (TimelineEvent event : events) {
                StartupStep step = event.getStartupStep();
                long self = event.getDuration().toNanos() - children.getOrDefault(step.getId(), 0L);
                String bean = tag(step, "beanName");
                String type = bean == null ? null : typeOf(context, step, bean);
                byGroup.merge(group(step.getName(), type), self, Long::sum);
                if (type != null && type.startsWith("ma.cimr.")) {
                    System.out.printf(Locale.ROOT, "BEAN %s %.1f%n", bean, self / 1e6);
                }
            }
            byGroup.forEach((group, nanos) -> System.out.printf(Locale.ROOT, "STEP %s\t%.1f%n", group, nanos / 1e6));
        }
        System.exit(0);
    }

    private static @Nullable String tag(StartupStep step, String key) {
        for (StartupStep.Tag tag : step.getTags()) {
            if (tag.getKey().equals(key)) {
                return tag.getValue();
            }
        }
        return null;
    }

    /** The bean's class as the context knows it, else the type its step names (a child context's bean). */
    private static @Nullable String typeOf(ConfigurableApplicationContext context, StartupStep step, String bean) {
        try {
            Class<?> type = context.getBeanFactory().getType(bean);
            if (type != null) {
                return type.getName();
            }
        } catch (NoSuchBeanDefinitionException notInThisContext) {
            // a bean of the management server's child context
        }
        String named = tag(step, "beanType");
        return named == null ? null : named.replaceFirst("^(class|interface) ", "");
    }

    static String group(String step, @Nullable String type) {
        if (step.equals("spring.context.config-classes.parse")) {
            return "configuration classes read (component scan, auto-configuration)";
        }
        if (step.equals("spring.boot.webserver.create")) {
            return WEB_SERVERS;
        }
        if (type == null) {
            return SPRING;
        }
        if (type.startsWith("ma.cimr.teleservices.")) {
            return "the portal's own beans (services, repositories, views' services)";
        }
        if (type.startsWith("ma.cimr.floor.")) {
            return "the minimal application's own beans";
        }
        if (type.startsWith("org.jooq.") || type.contains(".boot.jooq.")) {
            return "jOOQ";
        }
        if (type.startsWith("org.flywaydb.") || type.contains(".boot.flyway.")) {
            return "Flyway";
        }
        if (type.startsWith("org.springframework.security.") || type.contains(".boot.security.")) {
            return "Spring Security";
        }
        if (type.startsWith("org.apache.") || type.contains(".boot.tomcat.") || type.contains(".boot.web.")) {
            return WEB_SERVERS;
        }
        if (type.startsWith("io.micrometer.") || type.contains(".boot.actuate.") || type.contains(".boot.micrometer.")
                || type.contains(".boot.health.")) {
            return "Actuator and metrics";
        }
        if (type.startsWith("com.vaadin.")) {
            return "Vaadin";
        }
        if (type.startsWith("io.zonky.")) {
            return "embedded PostgreSQL";
        }
        if (type.startsWith("com.zaxxer.") || type.startsWith("org.postgresql.") || type.contains(".jdbc.")) {
            return "connection pool and JDBC";
        }
        return SPRING;
    }
}
