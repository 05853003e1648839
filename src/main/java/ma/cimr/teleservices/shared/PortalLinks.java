package ma.cimr.teleservices.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links into the portal for e-mails, from its public address ({@code portal.base-url}). */
@Component
public class PortalLinks {

    private final String baseUrl;

    PortalLinks(@Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A page of the portal, e.g. {@code forgot-password}. */
    public String page(String path) {
        return baseUrl + "/" + path;
    }

    /** A page of the portal with a one-time token, e.g. {@code activate?token=...}. */
    public String withToken(String path, String token) {
        return baseUrl + "/" + path + "?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII);
    }
}
