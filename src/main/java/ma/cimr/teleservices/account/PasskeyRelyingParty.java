package ma.cimr.teleservices.account;

import ma.cimr.teleservices.account.repository.PasskeyRepository;
import ma.cimr.teleservices.account.repository.PasskeyUserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The portal as a WebAuthn relying party (DD031): its id is the host of {@code portal.base-url}
 * and the browser must be on that address's origin, so a passkey made for the portal is useless
 * to a look-alike site. Spring Security's webauthn4j-based operations verify registrations and
 * assertions against our own repositories.
 *
 * <p>On a developer's machine or in the tests the address is {@code localhost} and the server
 * may get another port than the configured one: then {@code http://localhost:<its port>} is
 * accepted as well. A public address never is {@code localhost}, so production is not affected.
 */
@Configuration
class PasskeyRelyingParty {

    private static final String NAME = "CIMR Téléservices";

    private final String baseUrl;
    private final Set<String> origins = ConcurrentHashMap.newKeySet();

    PasskeyRelyingParty(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl;
        origins.add(origin(URI.create(baseUrl)));
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PasskeyUserRepository users, PasskeyRepository passkeys) {
        var rp = PublicKeyCredentialRpEntity.builder().id(URI.create(baseUrl).getHost()).name(NAME).build();
        // the set is read at every ceremony, so the local port added below counts
        return new Webauthn4JRelyingPartyOperations(users, passkeys, rp, origins);
    }

    @EventListener
    void localPort(WebServerInitializedEvent event) {
        URI base = URI.create(baseUrl);
        if ("localhost".equals(base.getHost())) {
            origins.add(base.getScheme() + "://localhost:" + event.getWebServer().getPort());
        }
    }

    Set<String> origins() {
        return Set.copyOf(origins);
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
