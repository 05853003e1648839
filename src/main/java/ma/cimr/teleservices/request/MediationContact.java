package ma.cimr.teleservices.request;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;

/**
 * The external mediator a complainant may turn to after conciliation: the fund's to name, in
 * configuration ({@code portal.mediation.*}, like {@code portal.contact.*}), never a placeholder
 * in code or data. Unset, or left at an example address, the portal names no address at all and
 * says the fund will give it on request: a complainant is never sent to an address that is not
 * real (DD023).
 */
@ConfigurationProperties("portal.mediation")
public record MediationContact(@Nullable String name, @Nullable String contact) {

    /** Who the mediator is and how to reach them, when both are set and real. */
    public boolean isKnown() {
        return real(name) && real(contact);
    }

    private static boolean real(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        // the reserved example domains (RFC 2606) and the usual stand-ins are never a mediator's address
        return !(lower.contains("example") || lower.contains("exemple") || lower.contains("xxx")
                || lower.contains("todo") || lower.contains("placeholder"));
    }
}
