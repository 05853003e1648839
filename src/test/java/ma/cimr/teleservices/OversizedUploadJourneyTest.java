package ma.cimr.teleservices;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymous complaint form against the running portal, attacked the way issue 10 describes:
 * a script in the visitor's own page posts straight to the upload's address, past the limits the
 * upload component enforces in the browser. The server refuses what is over 10 MB, keeps nothing,
 * and the portal goes on serving.
 */
@PortalTest
class OversizedUploadJourneyTest extends BrowserJourney {

    @Test
    void aScriptPostingTwelveMegabytesStraightToTheComplaintsUploadIsRefusedAndThePortalStaysUp() {
        Page page = newWindow();
        page.navigate(url("complaint"));
        page.locator("vaadin-upload").first().waitFor();

        // the browser's own check, which the script skips: the component is told 10 MB
        Object maxFileSize = page.evalOnSelector("vaadin-upload", "upload => upload.maxFileSize");
        assertThat(((Number) maxFileSize).longValue()).isEqualTo(10L * 1024 * 1024);

        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) page.evalOnSelector("vaadin-upload", """
                async upload => {
                    const body = new FormData();
                    body.append('file', new Blob([new Uint8Array(12 * 1024 * 1024)]), 'huge.pdf');
                    const response = await fetch(upload.target, { method: 'POST', body });
                    return { status: response.status, text: (await response.text()).slice(0, 300) };
                }""");

        int status = ((Number) answer.get("status")).intValue();
        assertThat(status).as("the server's answer to 12 MB: %s", answer).isEqualTo(413);
        // nothing was attached to the form: the list of files stays empty
        assertThat(page.locator("vaadin-upload-file")).hasCount(0);
        // and the portal still serves this visitor and the next
        page.navigate(url(""));
        assertThat(page.locator("h1").first()).isVisible();
        screenshot(page, "oversized-upload-refused");
        System.out.println("Oversized upload through /complaint: 12 MB posted by script -> HTTP " + status);
    }
}
