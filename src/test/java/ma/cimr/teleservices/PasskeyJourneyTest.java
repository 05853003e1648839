package ma.cimr.teleservices;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Passkeys in a real headless Chromium (DD031), with Chromium's virtual authenticator (added
 * through the DevTools protocol, user verification on) standing for a phone or a security key: an
 * E@sypaiement orderer creates a passkey at the first sign-in, signs out, signs in with password
 * and passkey and reaches the company space; another login's sign-in in that browser is not
 * completed by it. The logins are used by no other test: what the journey writes stays.
 */
@PortalTest
class PasskeyJourneyTest extends BrowserJourney {

    private static final String FES_ORDERER = "fes.ordonnateur";
    private static final String MAGHREB_ORDERER = "maghreb.ordonnateur";

    @Test
    void anOrdererEnrolsAPasskeyAndSignsInWithPasswordAndPasskeyButNotAsAnotherLogin() {
        Page fesDevice = withVirtualAuthenticator(newWindow());

        signIn(fesDevice, FES_ORDERER, DemoLogins.PASSWORD);
        enrolWithPasskey(fesDevice);
        signOut(fesDevice);

        signIn(fesDevice, FES_ORDERER, DemoLogins.PASSWORD);
        fesDevice.locator(".second-factor-view").waitFor();
        screenshot(fesDevice, "passkey-second-factor");
        fesDevice.locator("vaadin-button.second-factor-passkey").click();
        assertThat(fesDevice).hasURL(Pattern.compile(".*/company$"));
        fesDevice.navigate(url("company/security"));
        assertThat(fesDevice.locator(".passkey .passkey-label")).hasText("Ma clé d'accès");
        screenshot(fesDevice, "passkey-security-page");
        signOut(fesDevice);

        // another login enrols its own passkey on its own device...
        Page maghrebDevice = withVirtualAuthenticator(newWindow());
        signIn(maghrebDevice, MAGHREB_ORDERER, DemoLogins.PASSWORD);
        enrolWithPasskey(maghrebDevice);
        signOut(maghrebDevice);
        // ...and the Fès device's passkey does not complete its sign-in
        signIn(fesDevice, MAGHREB_ORDERER, DemoLogins.PASSWORD);
        fesDevice.locator("vaadin-button.second-factor-passkey").click();
        assertThat(fesDevice.locator(".second-factor-error")).isVisible();
        assertThat(fesDevice).hasURL(Pattern.compile(".*/second-factor\\?error$"));
    }

    /** A platform authenticator that holds passkeys and verifies its user, as a phone does. */
    private static Page withVirtualAuthenticator(Page page) {
        CDPSession devTools = page.context().newCDPSession(page);
        devTools.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var parameters = new JsonObject();
        parameters.add("options", options);
        devTools.send("WebAuthn.addVirtualAuthenticator", parameters);
        return page;
    }

    private static void enrolWithPasskey(Page page) {
        page.locator(".second-factor-enrol-view").waitFor();
        screenshot(page, "passkey-enrolment");
        page.locator("vaadin-button.passkeys-enrol").click();
        page.locator(".recovery-codes li").first().waitFor();
        page.locator("a.recovery-codes-continue").click();
        assertThat(page).hasURL(Pattern.compile(".*/company$"));
    }

    private static void signOut(Page page) {
        String signedIn = page.url();
        page.locator("vaadin-side-nav-item").first().waitFor();
        page.locator("vaadin-button:has-text(\"Se déconnecter\")").click();
        page.waitForURL(address -> !address.equals(signedIn));
        page.locator("vaadin-button:has-text(\"Se déconnecter\")").waitFor(
                new com.microsoft.playwright.Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }
}
