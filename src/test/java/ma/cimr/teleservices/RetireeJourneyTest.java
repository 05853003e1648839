package ma.cimr.teleservices;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The retiree's journey in a real headless Chromium against the running application; on a 360 px
 * phone in Arabic (right to left): a new retiree applies for their space, a retiree sends a document
 * and downloads a certificate whose code a stranger checks, and no page is wider than the phone.
 */
@PortalTest
class RetireeJourneyTest extends BrowserJourney {

    private Page page;

    @BeforeEach
    void openWindow() {
        page = newWindow();
    }

    @Test
    void retireeSignsInAndSeesTheirPensionAndPayments() {
        signIn(page, DemoLogins.RETIREE, DemoLogins.PASSWORD);
        // the first page of a run compiles the frontend bundle: slow on a loaded machine
        page.waitForURL(Pattern.compile(".*/retiree$"), new Page.WaitForURLOptions().setTimeout(60_000));

        // /my-space forwards to the space of the signed-in population
        assertThat(page.getByText(DemoLogins.RETIREE).first()).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/retiree$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).not().isEmpty();
        // "Ma pension" is also the menu entry: look for the section title
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ma pension"))).isVisible();
        assertThat(page.locator("vaadin-grid.payments-grid")).isVisible();

        screenshot(page, "retiree-space");
    }

    @Test
    void wrongPasswordKeepsTheUserOnTheLoginPage() {
        signIn(page, DemoLogins.RETIREE, "not-the-password");

        assertThat(page.getByText("Identifiant ou mot de passe incorrect")).isVisible();
        assertEquals("/login", URI.create(page.url()).getPath());
    }

    @Test
    void onAPhoneInArabicARetireeEnrolsSendsADocumentAndACertificateIsCheckedByAStranger() {
        inArabicOnAPhone(page);
        page.navigate(url("enrol/retiree"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        page.locator(".retiree-identifier input").fill("DP0900001");
        page.locator(".retiree-secret input").fill("WB900001");
        page.locator("vaadin-button.send-retiree-enrolment").click();
        assertThat(page.locator(".retiree-enrolment-sent")).isVisible();
        assertFitsThePhone(page);
        screenshot(page, "retiree-enrol-ar-360");

        signIn(page, DemoLogins.RETIREE, DemoLogins.PASSWORD);
        page.waitForURL(Pattern.compile(".*/retiree$"), new Page.WaitForURLOptions().setTimeout(60_000));
        page.navigate(url("retiree/documents"));
        assertThat(page.locator("vaadin-grid.required-documents")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-upload.document-upload")).isVisible();
        assertFitsThePhone(page);
        screenshot(page, "retiree-documents-ar-360");

        page.navigate(url("retiree/certificates"));
        page.locator("vaadin-button.issue-certificate").click();
        Locator code = page.locator(".certificate-code").first();
        assertThat(code).hasText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"),
                new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertFitsThePhone(page);
        screenshot(page, "retiree-certificates-ar-360");
        String typed = code.textContent().trim();

        Page stranger = newWindow();
        inArabicOnAPhone(stranger);
        stranger.navigate(url("verify/" + typed.replace("-", "")));
        assertThat(stranger.locator(".verify-VALID")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(stranger.locator(".verify-result")).not().containsText(DemoLogins.RETIREE);
        assertFitsThePhone(stranger);
        screenshot(stranger, "retiree-verify-ar-360");
    }

    private void inArabicOnAPhone(Page window) {
        window.context().addCookies(List.of(new Cookie("portal-lang", "ar").setUrl(url(""))));
        window.setViewportSize(360, 800);
    }

    /** Nothing sticks out of a 360 px screen, on either side. */
    private static void assertFitsThePhone(Page window) {
        Object width = window.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("page width at 360 px")
                .isLessThanOrEqualTo(360);
    }
}
