package ma.cimr.teleservices;

import ma.cimr.teleservices.declaration.DeclarationStatus;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import ma.cimr.teleservices.declaration.FileDeclarantSetting;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.shared.Formats;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Atlas Conserves' télédéclaration user declares a month by file in a real headless Chromium, on a
 * 360 px wide phone screen: the menu leads to the upload page, a file with bad salaries is refused
 * with its problems on screen and the report downloaded, then the payroll's file for a month not
 * yet declared imports whole, as one draft per category; the managers' draft is compared with the
 * previous month and filed. Screenshots go to {@code target/e2e/}; the demo is given back as it was.
 */
@PortalTest
class DeclarationFileJourneyTest extends BrowserJourney {

    @Autowired
    DSLContext dsl;

    private FileDeclarantSetting setting;

    @BeforeEach
    void atlasDeclaresByFile() {
        // until the delegate's demo settings exist for atlas.declaration, the journey gives them itself
        setting = new FileDeclarantSetting(dsl).declares(DeclarationMode.FILE, "CAD", "EMP");
    }

    @AfterEach
    void giveBackTheDemo() {
        setting.restore();
    }

    @Test
    void atlasDeclarationSendsABadFileThenItsPayrollForAMonthNotYetDeclared() throws Exception {
        Page page = newWindow();
        signIn(page, FileDeclarantSetting.LOGIN, DemoLogins.PASSWORD);
        // the first page of a run compiles the frontend bundle: slow on a loaded machine
        assertThat(page).hasURL(Pattern.compile(".*/company$"), new PageAssertions.HasURLOptions().setTimeout(60_000));
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Déclarer par fichier")).click();
        assertThat(page).hasURL(Pattern.compile(".*/company/declarations/file$"));
        page.setViewportSize(360, 800);
        // on a phone the top bar keeps the sign-out button on the screen
        assertWithinPhoneWidth(page.locator("vaadin-button:has-text(\"Se déconnecter\")"));

        YearMonth month = freeMonth();
        page.locator("vaadin-select.declaration-upload-period").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions()
                .setHasText(Formats.month(month, Locale.FRENCH))).first().click();

        send(page, fixture("salaires.csv"));
        assertThat(page.locator(".declaration-upload-rejected")).containsText("Le fichier n'a pas été importé");
        assertThat(page.locator("vaadin-grid.declaration-upload-problems")).isVisible();
        screenshot(page, "declaration-file-1-bad-file-report");
        Download report = page.waitForDownload(() -> page.locator("a.declaration-upload-report").click());
        String csv = Files.readString(report.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFLigne;Colonne;Problème").contains("Salaire négatif");

        send(page, fixture("atlas-valide.csv"));
        // two categories, two drafts: the history lists them
        assertThat(page).hasURL(Pattern.compile(".*/company/declarations$"), new PageAssertions.HasURLOptions().setTimeout(30_000));
        assertThat(page.locator("vaadin-notification-card").first()).containsText("67 lignes importées");
        screenshot(page, "declaration-file-2-imported");
        var drafts = dsl.select(DECLARATION.ID).from(DECLARATION).join(CONTRIBUTION_CATEGORY)
                .on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION.CATEGORY_ID))
                .where(DECLARATION.COMPANY_ID.eq(setting.companyId()).and(DECLARATION.DUE_PERIOD.eq(month.atDay(1)))
                        .and(DECLARATION.STATUS.eq(DeclarationStatus.DRAFT)))
                .orderBy(CONTRIBUTION_CATEGORY.CODE).fetch(DECLARATION.ID);
        assertThat(drafts).hasSize(2);

        // the managers' draft: compared with the previous month, then filed
        page.navigate(url("company/declarations/" + drafts.getFirst()));
        assertThat(page.locator(".comparison-figures")).isVisible();
        // each figure stays on the screen, under its label
        for (Locator figure : page.locator(".comparison-figures dd").all()) {
            assertWithinPhoneWidth(figure);
        }
        screenshot(page, "declaration-file-3-comparison");
        page.locator("vaadin-button.file-declaration").click();
        assertThat(page.locator(".declaration-facts")).isVisible();
        screenshot(page, "declaration-file-4-filed");
        assertThat(dsl.select(DECLARATION.STATUS).from(DECLARATION).where(DECLARATION.ID.eq(drafts.getFirst()))
                .fetchSingle().value1()).isEqualTo(DeclarationStatus.FILED);
    }

    private static void assertWithinPhoneWidth(Locator element) {
        var box = element.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.x + box.width).as("right edge at 360 px").isLessThanOrEqualTo(360);
    }

    /** Chooses the file, waits for it to be on the server, then imports it. */
    private static void send(Page page, Path file) {
        page.locator("vaadin-upload.declaration-upload input[type=file]").setInputFiles(file);
        page.locator("vaadin-upload.declaration-upload vaadin-upload-file[complete]").first().waitFor();
        page.locator("vaadin-button.declaration-upload-submit").click();
    }

    /** Last month, or the latest month before it Atlas has not declared (once demo declarations exist). */
    private YearMonth freeMonth() {
        YearMonth month = YearMonth.now(ZoneId.of("Africa/Casablanca")).minusMonths(1);
        while (dsl.fetchExists(DECLARATION, DECLARATION.COMPANY_ID.eq(setting.companyId())
                .and(DECLARATION.DUE_PERIOD.eq(month.atDay(1))))) {
            month = month.minusMonths(1);
        }
        return month;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(DeclarationFileJourneyTest.class.getResource("/declaration/" + name).toURI());
    }
}
