package ma.cimr.teleservices.account;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import ma.cimr.teleservices.account.repository.AccountRepository;
import ma.cimr.teleservices.account.ui.LoginView;
import ma.cimr.teleservices.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

// @PreAuthorize only: the views' @RolesAllowed is read by Vaadin's navigation access control; JSR-250 here
// wrapped every view in a proxy at every navigation, a third of the portal's processor time under load (DD047)
@EnableMethodSecurity
@EnableWebSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Where a signed-in user goes after login when they did not ask for a page first. */
    static final String AFTER_LOGIN = "/my-space";

    private static final String ARGON2 = "argon2";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimits limits, AccountRepository accounts, Clock clock,
                                            @Value("${portal.session.max-lifetime:PT12H}") Duration maxLifetime,
                                            SecondFactorService secondFactor, Passkeys passkeys,
                                            WebAuthnRelyingPartyOperations relyingParty)
            throws Exception {
        return http
                .addFilterBefore(new SignedInSessions(accounts, clock, maxLifetime), SecurityContextHolderFilter.class)
                .addFilterAfter(new LogContext(), SecurityContextHolderFilter.class)
                .addFilterBefore(new SignInRateLimit(limits), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(secondFactor), UsernamePasswordAuthenticationFilter.class)
                // passkeys as the second step (DD031), with Spring Security's relying party
                .addFilterAfter(new PasskeyFilter(secondFactor, passkeys, relyingParty), SecondFactorFilter.class)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class, "/")
                        .defaultSuccessUrl(AFTER_LOGIN))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**",
                        // what a phone needs to install the portal and to say it is offline: no data in any of it
                        "/icons/**", "/manifest.webmanifest", "/offline-worker.js", "/offline.html").permitAll())
                .build();
    }

    /**
     * Health and metrics, served on the management port only (bound to the loopback by default, never
     * forwarded by the proxy): read by the container's health check and Prometheus, which hold no
     * session. They say nothing about a person: statuses without details, and counts.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementEndpoints(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Passwords and other secrets: Argon2id (DD007). Hashes written before it carry no id or
     * {@code {bcrypt}}; they still match, and a password is re-hashed with Argon2id at its owner's
     * next sign-in ({@code PasswordRehashing}). bcrypt read only the first 72 bytes,
     * which cut Arabic passwords after 36 letters; Argon2id reads all of them.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var bcrypt = new BCryptPasswordEncoder();
        var encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    /**
     * The password check, which for accounts asked for a second factor signs in only halfway
     * (DD021); the only provider, so Spring Boot builds no other from the {@code UserDetailsService}.
     */
    @Bean
    AuthenticationProvider passwordFirst(AccountService accounts, PasswordEncoder passwordEncoder,
                                         UserDetailsPasswordService rehashing, SecondFactorService secondFactor) {
        return new PasswordFirst(accounts, passwordEncoder, rehashing, secondFactor);
    }

    /** Makes login successes and failures application events, for the audit trail. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
