package ma.cimr.teleservices.delegate;

import com.vaadin.flow.component.grid.Grid;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.audit.AuditEvent;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.security.Teleservice;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /delegate/history: what the company's administrators did and what happened to its logins,
 * newest first, paged, with the actions' names translated; nothing of another company.
 */
@Transactional
class CompanyHistoryTest extends PortalBrowserlessTest {

    private static final String LOGIN = "atlas.historique";
    private static final String EMAIL = "m.naciri@atlas-conserves.example";

    @Autowired
    ConsoleFixture fixture;
    @Autowired
    DelegateService delegates;
    @Autowired
    DSLContext dsl;
    @Autowired
    AuditTrail auditTrail;

    @Test
    void theHistoryShowsTheCompanysActionsNewestFirstInTheUsersLanguage() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        fixture.create(LOGIN, EMAIL, Teleservice.COMPANY_ACCOUNT);
        delegates.suspend(LOGIN, null);
        delegates.reactivate(LOGIN, null);
        // another company's delegate works on their own logins meanwhile
        signInAs(DemoLogins.MAGHREB_DELEGATE);
        delegates.sendLogin(DemoLogins.MAGHREB_COMPANY_ACCOUNT, Locale.FRENCH);

        signInAs(DemoLogins.ATLAS_DELEGATE);
        open("delegate/history");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = $(Grid.class).withClassName("company-history").first();
        // other tests' events may be there too (some dated later by a moved clock): this login's, in order
        List<String> actions = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            if (LOGIN.equals(test(grid).getCellText(row, 3))) {
                actions.add(test(grid).getCellText(row, 1) + " " + test(grid).getCellText(row, 2));
            }
        }
        String by = DemoLogins.ATLAS_DELEGATE + " ";
        assertThat(actions).containsExactly(by + "Identifiant réactivé", by + "Identifiant suspendu",
                by + "Questions secrètes définies", by + "Utilisateur créé");

        var all = delegates.history(0, delegates.historySize());
        assertThat(all).hasSize(delegates.historySize());
        assertThat(all).isSortedAccordingTo((a, b) -> b.occurredAt().compareTo(a.occurredAt()));
        var maghreb = dsl.select(USER_ACCOUNT.LOGIN).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN.in(DemoLogins.MAGHREB_DELEGATE, DemoLogins.MAGHREB_COMPANY_ACCOUNT))
                .fetch(USER_ACCOUNT.LOGIN);
        assertThat(all).noneMatch(event -> maghreb.contains(event.actor()) || maghreb.contains(event.target()));
        assertThat(delegates.history(1, 2)).containsExactlyElementsOf(all.subList(1, 3));
    }

    @Test
    void theHistorySaysRolesInTheUsersLanguageAndLeavesOutTheStaffsTechnicalNotes() {
        signInAs(DemoLogins.ATLAS_DELEGATE);
        fixture.create(LOGIN, EMAIL, Teleservice.PAYMENT);
        delegates.editUser(LOGIN, new UserChanges("Utilisateur " + LOGIN, EMAIL, false, true, null), DemoLogins.PASSWORD,
                Locale.FRENCH);
        // written before a login could no longer both order and validate (DD024): still read in the user's language
        auditTrail.record(DemoLogins.ATLAS_DELEGATE, "ROLES_CHANGED", LOGIN, "[PAYMENT_ORDERER, PAYMENT_VALIDATOR]", null);
        // what the fund's staff note in English when someone mistypes a recovery code
        auditTrail.record(LOGIN, "PASSWORD_RECOVERY_CODE_REFUSED", null, "wrong code 1/5", null);

        open("delegate/history");
        @SuppressWarnings("unchecked")
        Grid<AuditEvent> grid = $(Grid.class).withClassName("company-history").first();
        List<String> details = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            AuditEvent event = test(grid).getRow(row);
            if (LOGIN.equals(event.actor()) || LOGIN.equals(event.target())) {
                details.add(test(grid).getCellText(row, 2) + " | " + test(grid).getCellText(row, 4));
            }
        }
        assertThat(details).contains("Habilitations modifiées | Validateur du paiement",
                "Habilitations modifiées | Ordonnateur du paiement, Validateur du paiement",
                "Mot de passe oublié : code refusé | ", "Utilisateur créé | ");
        assertThat(String.join(" ", details)).doesNotContain("wrong", "PAYMENT");
    }
}
