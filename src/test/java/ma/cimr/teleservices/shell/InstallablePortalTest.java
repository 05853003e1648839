package ma.cimr.teleservices.shell;

import ma.cimr.teleservices.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a phone needs to install the portal, fetched without signing in over real HTTP: every page
 * links the manifest, icons and theme colour and registers the service worker; the manifest names
 * the fund and its icons; the service worker keeps only the offline notice, which speaks French
 * and Arabic.
 */
@PortalTest
class InstallablePortalTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageLinksTheManifestTheIconsAndTheThemeColourAndRegistersTheServiceWorker() throws Exception {
        String page = get("/login").body();
        assertThat(page).contains("href=\"manifest.webmanifest\" rel=\"manifest\"", "icons/icon-192.png",
                "icons/apple-touch-icon.png", "name=\"theme-color\" content=\"#0b6e4f\"",
                "navigator.serviceWorker.register('offline-worker.js')");
    }

    @Test
    void theManifestNamesTheFundAndItsIconsAndEachFileIsServedToAnyone() throws Exception {
        var manifest = get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.body()).contains("\"name\": \"Téléservices CIMR\"", "\"theme_color\": \"#0b6e4f\"",
                "\"display\": \"standalone\"", "icons/icon-512.png");
        for (String icon : new String[]{"/icons/icon-192.png", "/icons/icon-512.png", "/icons/apple-touch-icon.png",
                "/icons/favicon-32.png"}) {
            var response = http.send(request(icon), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(icon).isEqualTo(200);
            assertThat(response.body()).as(icon + " is a PNG").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        }
    }

    @Test
    void theServiceWorkerCachesOnlyTheOfflineNoticeWhichSpeaksFrenchAndArabic() throws Exception {
        var worker = get("/offline-worker.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).contains("cache.addAll([OFFLINE_PAGE])", "event.request.mode !== 'navigate'")
                .doesNotContain("cache.put");
        var offline = get("/offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.body()).contains("La connexion est perdue", "انقطع الاتصال", "dir=\"rtl\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }
}
