package ma.cimr.teleservices.shared.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Wires the round-trip timer before every other filter (so the security chain's own queries count
 * in the round trip, as the person waits for them too) and the query counter into jOOQ (Spring
 * Boot gives every {@link ExecuteListenerProvider} bean to its configuration).
 */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    @Bean
    ExecuteListenerProvider queryCounter() {
        return new DefaultExecuteListenerProvider(new QueryCounter());
    }

    @Bean
    RoundTripMetrics roundTripMetrics(MeterRegistry registry) {
        return new RoundTripMetrics(registry);
    }

    @Bean
    FilterRegistrationBean<RoundTripMetrics> roundTripMetricsRegistration(RoundTripMetrics filter) {
        FilterRegistrationBean<RoundTripMetrics> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
