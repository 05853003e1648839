package ma.cimr.teleservices.account;

import org.jspecify.annotations.Nullable;

import java.util.Locale;

/**
 * Where a sign-in came from, as its owner may read it (DD041): the network rather than the address
 * (IPv4 cut to its /24, IPv6 to its /48), and the browser's family rather than its whole
 * User-Agent. Enough for a person to tell "my phone at home" from "not me"; too little to locate or
 * fingerprint anyone, so it may be kept and shown without a second thought.
 */
public record SignInOrigin(@Nullable String network, Browser browser) {

    /** The families a person recognises; the order of the checks matters (Edge says "Chrome" too). */
    public enum Browser { EDGE, OPERA, SAMSUNG, FIREFOX, CHROME, SAFARI, OTHER }

    public static SignInOrigin of(@Nullable String address, @Nullable String userAgent) {
        return new SignInOrigin(network(address), browser(userAgent));
    }

    static @Nullable String network(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.trim();
        if (trimmed.contains(":")) {
            return ipv6Network(trimmed);
        }
        String[] parts = trimmed.split("\\.");
        if (parts.length != 4) {
            return null;
        }
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}")) {
                return null;
            }
        }
        return parts[0] + "." + parts[1] + "." + parts[2] + ".0/24";
    }

    /** The first three groups of an IPv6 address, "::" expanded where it hides them. */
    private static @Nullable String ipv6Network(String address) {
        String bare = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        int zone = bare.indexOf('%');
        if (zone >= 0) {
            bare = bare.substring(0, zone);
        }
        if (!bare.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        String[] head = bare.contains("::") ? bare.substring(0, bare.indexOf("::")).split(":") : bare.split(":");
        String[] groups = new String[3];
        for (int i = 0; i < 3; i++) {
            groups[i] = i < head.length && !head[i].isEmpty() ? head[i].toLowerCase(Locale.ROOT) : "0";
        }
        return groups[0] + ":" + groups[1] + ":" + groups[2] + "::/48";
    }

    static Browser browser(@Nullable String userAgent) {
        if (userAgent == null) {
            return Browser.OTHER;
        }
        if (userAgent.contains("Edg/") || userAgent.contains("EdgA/") || userAgent.contains("EdgiOS/")) {
            return Browser.EDGE;
        }
        if (userAgent.contains("OPR/") || userAgent.contains("Opera")) {
            return Browser.OPERA;
        }
        if (userAgent.contains("SamsungBrowser/")) {
            return Browser.SAMSUNG;
        }
        if (userAgent.contains("Firefox/") || userAgent.contains("FxiOS/")) {
            return Browser.FIREFOX;
        }
        if (userAgent.contains("Chrome/") || userAgent.contains("Chromium/") || userAgent.contains("CriOS/")) {
            return Browser.CHROME;
        }
        if (userAgent.contains("Safari/") && userAgent.contains("Version/")) {
            return Browser.SAFARI;
        }
        return Browser.OTHER;
    }
}
