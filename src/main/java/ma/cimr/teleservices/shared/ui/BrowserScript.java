package ma.cimr.teleservices.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of a script the browser runs through {@code executeJs}, read once from a resource beside
 * the class that runs it: the portal has no frontend build (DD003), so its few browser-side scripts
 * (passkeys, the lazy grid) are plain resources.
 */
public final class BrowserScript {

    private BrowserScript() {
    }

    /** The resource {@code name} next to {@code owner}; a missing one stops the class from loading. */
    public static String load(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
