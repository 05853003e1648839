package ma.cimr.teleservices.companyaccount;

import com.vaadin.flow.component.html.Anchor;
import ma.cimr.teleservices.shared.ui.LazyGrid;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.shared.Formats;
import ma.cimr.teleservices.shared.i18n.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.util.Locale;

import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DECLARATION;
import static ma.cimr.teleservices.DemoLogins.ATLAS_DELEGATE;
import static ma.cimr.teleservices.DemoLogins.MAGHREB_COMPANY_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compte adhérent as the company reads it: the demo payments of Atlas Conserves, its own and
 * never Maghreb Logistique's; the delegate reads it in their space; the télédéclaration user does
 * not; the statement and the transfer order in French and Arabic carry the figures.
 */
@Transactional
class CompanyAccountViewTest extends PortalBrowserlessTest {

    @Autowired
    CompanyAccountService accounts;
    @Autowired
    org.jooq.DSLContext dsl;

    @Test
    void theCompanyAccountUserSeesItsPeriodsWithTheDemoPaymentsAndNeverAnotherCompanys() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        AccountSituation atlas = accounts.myAccount();
        signInAs(MAGHREB_COMPANY_ACCOUNT);
        AccountSituation maghreb = accounts.myAccount();

        assertThat(atlas.adherentNumber()).isEqualTo("100234");
        assertThat(atlas.paid()).isPositive();
        assertThat(entries(atlas)).allMatch(detail -> !detail.contains("100567"));
        assertThat(entries(maghreb)).isNotEmpty().allMatch(detail -> !detail.contains("100234"));

        signInAs(ATLAS_COMPANY_ACCOUNT);
        assertThat(open("company/account")).isEqualTo("company/account");
        @SuppressWarnings("unchecked")
        LazyGrid<AccountPeriod> periods = $(LazyGrid.class).withClassName("company-account-periods").first();
        assertThat(periods.size()).isEqualTo(atlas.periods().size());
        Locale french = Locale.FRENCH;
        assertThat(periods.cellText(0, 4)).isEqualTo(Formats.amount(atlas.periods().getLast().balance(), french));
        assertThat($(LazyGrid.class).withClassName("company-account-entry-grid").all()).hasSize(1);
        assertThat($(Anchor.class).withClassName("company-account-pdf").all()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theAccountReadsInArabicWithItsPeriodsAndEntries() {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        AccountSituation atlas = accounts.myAccount();
        com.vaadin.flow.component.UI.getCurrent().setLocale(PortalI18NProvider.ARABIC);

        open("company/account");

        assertThat($(com.vaadin.flow.component.html.H1.class).first().getText()).isEqualTo("حساب المنخرط");
        @SuppressWarnings("unchecked")
        LazyGrid<AccountPeriod> periods = $(LazyGrid.class).withClassName("company-account-periods").first();
        assertThat(periods.headerText(0)).isEqualTo("الاستحقاق");
        assertThat(periods.cellText(0, 3))
                .isEqualTo(Formats.amount(atlas.periods().getLast().paid(), PortalI18NProvider.ARABIC));
        @SuppressWarnings("unchecked")
        LazyGrid<AccountEntry> entries = $(LazyGrid.class).withClassName("company-account-entry-grid").first();
        AccountEntry first = atlas.periods().getLast().entries().getFirst();
        assertThat(entries.cellText(0, 1)).isEqualTo(entries.getTranslation(first.kind().labelKey()))
                .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
    }

    @Test
    void theDelegateReadsTheAccountInTheirOwnSpaceAndTheDeclarationUserIsTurnedAway() {
        signInAs(ATLAS_DELEGATE);
        assertThat(open("delegate/account")).isEqualTo("delegate/account");
        assertThat($(LazyGrid.class).withClassName("company-account-periods").all()).hasSize(1);
        open("company/account");
        assertThat($(LazyGrid.class).withClassName("company-account-periods").all()).isEmpty();

        signInAs(ATLAS_DECLARATION);
        open("company/account");
        assertThat($(LazyGrid.class).withClassName("company-account-periods").all()).isEmpty();
    }

    @Test
    void theStatementInFrenchAndArabicCarriesTheBalanceAndThePayments() throws IOException {
        signInAs(ATLAS_COMPANY_ACCOUNT);
        AccountSituation atlas = accounts.myAccount();
        String firstPayment = atlas.periods().stream().flatMap(p -> p.entries().stream())
                .filter(e -> e.kind() == AccountEntry.Kind.PAYMENT_RECEIVED).findFirst().orElseThrow().detail();

        String french = text(accounts.myStatementPdf(PortalI18NProvider.FRENCH));
        String arabic = text(accounts.myStatementPdf(PortalI18NProvider.ARABIC));

        assertThat(french).contains("Relevé de situation", "100234", firstPayment);
        assertThat(compact(french)).contains(compact(Formats.amount(atlas.paid(), Locale.FRENCH)),
                compact(Formats.amount(atlas.balance(), Locale.FRENCH)));
        assertThat(arabic).contains("100234", firstPayment);
        assertThat(compact(arabic)).contains(compact(Formats.amount(atlas.paid(), PortalI18NProvider.ARABIC)));
        assertThat(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .isTrue();
    }

    @Test
    void theTransferOrderNamesTheFundsAccountTheReferenceAndTheTotalInBothLanguages() throws IOException {
        // a January 2025 declaration left unpaid: 1000 DH and the surcharges since
        dsl.execute("""
                insert into declaration (company_id, category_id, due_period, periodicity, kind, channel, status,
                    created_by, filed_by, filed_at, total_employee, total_employer)
                select c.id, k.id, date '2025-01-01', 'MONTHLY', 'ORIGINAL', 'FORM', 'FILED', u.id, u.id,
                       timestamptz '2025-02-03 10:00', 400, 600
                from company c join contribution_category k on k.company_id = c.id and k.code = 'CAD'
                join user_account u on u.login = 'atlas.declaration'
                where c.adherent_number = '100234'""");
        signInAs(ATLAS_COMPANY_ACCOUNT);
        TransferOrder order = accounts.myTransferOrder();
        assertThat(order.periods()).extracting(p -> p.period().toString()).contains("2025-01");

        String french = text(accounts.myTransferOrderPdf(PortalI18NProvider.FRENCH));
        String arabic = text(accounts.myTransferOrderPdf(PortalI18NProvider.ARABIC));

        assertThat(french).contains("Ordre de virement", order.reference(), order.fundAccount().rib());
        assertThat(compact(french)).contains(compact(Formats.amount(order.total(), Locale.FRENCH)));
        assertThat(arabic).contains(order.reference(), order.fundAccount().rib());
        assertThat(compact(arabic)).contains(compact(Formats.amount(order.total(), PortalI18NProvider.ARABIC)));
    }

    private static java.util.List<String> entries(AccountSituation account) {
        return account.periods().stream().flatMap(p -> p.entries().stream()).map(AccountEntry::detail).toList();
    }

    /** The PDF's text extracts the thousands separator (a narrow no-break space) as spaces: compared without any. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    private static String text(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
