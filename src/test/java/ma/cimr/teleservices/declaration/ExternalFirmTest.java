package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.FirmAccess;
import ma.cimr.teleservices.delegate.FirmAccesses;
import ma.cimr.teleservices.shared.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

import static ma.cimr.teleservices.declaration.DeclarationFixture.ATLAS;
import static ma.cimr.teleservices.declaration.DeclarationFixture.FES;
import static ma.cimr.teleservices.declaration.DeclarationFixture.FIRM;
import static ma.cimr.teleservices.declaration.DeclarationFixture.MAGHREB;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN;
import static ma.cimr.teleservices.declaration.DeclarationFixture.TETOUAN_DELEGATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One accounting firm's login declares for several companies (DD027): the company that set it up,
 * and each company whose delegate granted it access, until that delegate takes it back.
 */
@Transactional
class ExternalFirmTest extends PortalBrowserlessTest {

    private static final String FIRM_NAME = "Fiduciaire Al Amal";

    @Autowired
    SalaryDeclarations declarations;
    @Autowired
    FirmAccesses firms;
    @Autowired
    DeclarationImport imports;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void theFirmActsForItsOwnCompanyAndTheTwoThatGrantedItAccess() {
        signInAs(FIRM);

        assertThat(declarations.companies()).extracting(DeclarableCompany::adherentNumber)
                .containsExactly(TETOUAN, ATLAS, MAGHREB);
        long atlas = DeclarationFixture.company(declarations, ATLAS);
        long atlasExecutives = DeclarationFixture.category(declarations, atlas, "CAD");
        long atlasDraft = declarations.start(atlas, DeclarationFixture.currentMonth(clock), atlasExecutives);
        long tetouan = DeclarationFixture.company(declarations, TETOUAN);
        long tetouanDraft = declarations.start(tetouan, DeclarationFixture.currentMonth(clock),
                DeclarationFixture.category(declarations, tetouan, "EMP"));

        assertThat(declarations.detail(atlasDraft).companyName()).isEqualTo("Atlas Conserves SA");
        assertThat(declarations.detail(atlasDraft).lines()).isNotEmpty();
        assertThat(declarations.detail(tetouanDraft).lines()).hasSize(3);
        // Maghreb granted its employees only
        long maghreb = DeclarationFixture.company(declarations, MAGHREB);
        assertThat(declarations.categories(maghreb)).extracting(DeclarableCategory::code).containsExactly("EMP");
    }

    @Test
    void aDelegateGrantsTheFirmAccessAndTakesItBack() {
        signInAs(DemoLogins.FES_DELEGATE);
        firms.grant(FIRM, "fiduciaire al amal ", DeclarationMode.FORM, List.of("EMP"), DemoLogins.PASSWORD);
        assertThat(firms.grants()).singleElement().satisfies(grant -> {
            assertThat(grant.login()).isEqualTo(FIRM);
            assertThat(grant.firmName()).isEqualTo(FIRM_NAME);
            assertThat(grant.ownerCompany()).isEqualTo("Tétouan Céramique SARL");
            assertThat(grant.categoryCodes()).containsExactly("EMP");
        });

        signInAs(FIRM);
        long fes = DeclarationFixture.company(declarations, FES);
        // last month: the processing tests file and process Fès's current month for the demo affiliate's statement
        long draft = declarations.start(fes, DeclarationFixture.currentMonth(clock).previous(),
                DeclarationFixture.category(declarations, fes, "EMP"));
        assertThat(declarations.history(fes)).extracting(DeclarationSummary::id).contains(draft);

        signInAs(DemoLogins.FES_DELEGATE);
        firms.revoke(FIRM, DemoLogins.PASSWORD);
        assertThat(firms.grants()).isEmpty();

        signInAs(FIRM);
        assertThat(declarations.companies()).extracting(DeclarableCompany::adherentNumber).doesNotContain(FES);
        assertThatThrownBy(() -> declarations.history(fes))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.history.error.notGranted"));
        assertThatThrownBy(() -> declarations.file(draft))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.history.error.notFound"));
        assertThat(dsl.fetchValue("select count(*) from audit_event where action in ('DECLARATION_ACCESS_GRANTED', "
                + "'DECLARATION_ACCESS_REVOKED') and target = ?", FIRM)).isEqualTo(2L);
    }

    @Test
    void aFirmGrantedFileDeclarationSendsFilesForThatCompanyAndOnlyWhileTheGrantLasts() {
        signInAs(DemoLogins.FES_DELEGATE);
        firms.grant(FIRM, FIRM_NAME, DeclarationMode.FILE, List.of("EMP"), DemoLogins.PASSWORD);

        signInAs(FIRM);
        long fes = DeclarationFixture.company(declarations, FES);
        assertThat(imports.setting(fes).categories()).singleElement().asString().startsWith("EMP");
        // Atlas granted the firm the form only: no upload for Atlas
        long atlas = DeclarationFixture.company(declarations, ATLAS);
        assertThatThrownBy(() -> imports.setting(atlas))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.error.mode.FORM"));

        signInAs(DemoLogins.FES_DELEGATE);
        firms.revoke(FIRM, DemoLogins.PASSWORD);

        signInAs(FIRM);
        assertThatThrownBy(() -> imports.setting(fes))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.history.error.notGranted"));
    }

    @Test
    void theLoginAndTheFirmsNameMustBothMatch() {
        signInAs(DemoLogins.FES_DELEGATE);

        assertThatThrownBy(() -> firms.grant(FIRM, "Fiduciaire Atlas", DeclarationMode.FORM, List.of("EMP"), DemoLogins.PASSWORD))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("delegate.firms.error.noSuchFirm"));
        // an internal login is no firm's, whatever name is typed
        assertThatThrownBy(() -> firms.grant(DemoLogins.ATLAS_DECLARATION, FIRM_NAME, DeclarationMode.FORM, List.of("EMP"),
                DemoLogins.PASSWORD))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("delegate.firms.error.noSuchFirm"));
        assertThat(firms.grants()).isEmpty();
    }

    @Test
    void grantingTakesTheDelegatesPassword() {
        signInAs(DemoLogins.FES_DELEGATE);

        assertThatThrownBy(() -> firms.grant(FIRM, FIRM_NAME, DeclarationMode.FORM, List.of("EMP"), null))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("password.confirmation.required"));
        assertThat(firms.grants()).extracting(FirmAccess::login).isEmpty();
    }

    @Test
    void aCompanyCannotGrantItsOwnLogin() {
        signInAs(TETOUAN_DELEGATE);

        assertThatThrownBy(() -> firms.grant(FIRM, FIRM_NAME, DeclarationMode.FORM, List.of("EMP"), DemoLogins.PASSWORD))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("delegate.firms.error.ownLogin"));
    }

    @Test
    void aFileModeGrantKeepsTheFirmFromTheForm() {
        signInAs(DemoLogins.FES_DELEGATE);
        firms.grant(FIRM, FIRM_NAME, DeclarationMode.FILE, List.of("CAD", "EMP"), DemoLogins.PASSWORD);

        signInAs(FIRM);
        long fes = DeclarationFixture.company(declarations, FES);
        assertThatThrownBy(() -> declarations.start(fes, DeclarationFixture.currentMonth(clock),
                DeclarationFixture.category(declarations, fes, "CAD")))
                .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.key()).isEqualTo("declaration.error.mode.FILE"));
    }
}
