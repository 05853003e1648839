package ma.cimr.teleservices;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * « Mes données » in a real headless Chromium (DD041): on a 360 px phone in Arabic and in French
 * every section, unfolded, fits the screen; the links are reached with the keyboard; and both
 * downloads arrive whole through the browser, the JSON one streamed by the running application.
 */
@PortalTest
class MyDataJourneyTest extends BrowserJourney {

    private Page page;

    @BeforeEach
    void openWindow() {
        page = newWindow();
    }

    @Test
    void onAPhoneInArabicARetireeReadsEverySectionAndDownloadsBothFiles() throws Exception {
        page.context().addCookies(List.of(new Cookie("portal-lang", "ar").setUrl(url(""))));
        page.setViewportSize(360, 800);
        signIn(page, DemoLogins.RETIREE, DemoLogins.PASSWORD);
        page.waitForURL(Pattern.compile(".*/retiree$"), new Page.WaitForURLOptions().setTimeout(60_000));

        page.navigate(url("retiree/my-data"));
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertThat(page.locator(".my-data-pensionPayments")).isVisible();
        unfoldEverything();
        assertFitsThePhone();
        screenshot(page, "my-data-retiree-ar-360");

        Download json = page.waitForDownload(() -> page.locator("a.my-data-json").click());
        JsonNode file = JsonMapper.builder().build().readTree(Files.readAllBytes(json.path()));
        org.assertj.core.api.Assertions.assertThat(file.get("space").asString()).isEqualTo("retiree");
        org.assertj.core.api.Assertions.assertThat(file.get("sections").get("identity").get("pensionFileNumber").asString()).isEqualTo(DemoLogins.RETIREE);
        org.assertj.core.api.Assertions.assertThat(json.suggestedFilename()).endsWith(".json");

        Download pdf = page.waitForDownload(() -> page.locator("a.my-data-pdf").click());
        org.assertj.core.api.Assertions.assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void onAPhoneInFrenchAnAffiliateReachesTheDownloadsWithTheKeyboard() {
        page.setViewportSize(360, 800);
        signIn(page, DemoLogins.AFFILIATE, DemoLogins.PASSWORD);
        page.waitForURL(Pattern.compile(".*/affiliate$"), new Page.WaitForURLOptions().setTimeout(60_000));

        page.navigate(url("affiliate/my-data"));
        assertThat(page.locator(".my-data-careerPoints")).isVisible();
        unfoldEverything();
        assertFitsThePhone();
        screenshot(page, "my-data-affiliate-fr-360");

        // from the page's title, the keyboard reaches the PDF link before anything of the sections
        page.locator("h1").click();
        boolean reached = false;
        for (int i = 0; i < 10 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = (Boolean) page.evaluate("() => document.activeElement?.classList.contains('my-data-pdf')");
        }
        org.assertj.core.api.Assertions.assertThat(reached).as("the PDF link is reached with Tab").isTrue();
    }

    /** Opens every folded list, so that the widest card is on the screen too. */
    private void unfoldEverything() {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("() => document.querySelectorAll('vaadin-details').forEach(d => d.opened = true)");
        page.waitForTimeout(300);
    }

    private void assertFitsThePhone() {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("page width at 360 px").isLessThanOrEqualTo(360);
    }
}
