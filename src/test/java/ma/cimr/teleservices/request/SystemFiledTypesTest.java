package ma.cimr.teleservices.request;

import com.vaadin.flow.component.select.Select;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;

import static ma.cimr.teleservices.DemoLogins.AFFILIATE;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.ATLAS_COMPANY_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request types the portal files itself (an opened space, a subscription, an anomaly report,
 * a simulated buy-back, a delegate's letter) are filed by the feature that did the thing, never by
 * hand: no form offers them, and the services refuse them from an affiliate, a visitor or an agent
 * (DD023). Otherwise a hand-filed "subscription" answered at once would pad the charter's figures.
 */
@Transactional
class SystemFiledTypesTest extends PortalBrowserlessTest {

    private static final Set<String> FILED_BY_SYSTEM = Set.of("AFFILIATE_SUBSCRIPTION", "COMPANY_SUBSCRIPTION",
            "AFFILIATE_ANOMALY", "AFFILIATE_BUYBACK", "COMPANY_ACCOUNT_UPDATE",
            // filed with the declaration, the recall or the cancellation itself (issue 11), not as free text
            "COMPANY_DECLARATION", "COMPANY_RECALL", "COMPANY_CANCELLATION",
            // e-liquidation: the claim is filed with its papers from the claim form (DD035)
            "COMPANY_PENSION_CLAIM",
            // filed by the retiree's space with the change's structured content (DD036), not as free text
            "RETIREE_PAYMENT_CHANGE", "RETIREE_PERSONAL_CHANGE",
            // filed with the membership application or the structured contract request (issue 12, DD034)
            "COMPANY_MEMBERSHIP", "COMPANY_EXTENSION", "COMPANY_RATE_CHANGE", "COMPANY_OPTIONS",
            // measured from the RAHATI card's activation to the file that paid it (DD037)
            "RETIREE_FIRST_PENSION",
            // the statement's update after a buy-back, from the bank's confirmation of its payment (DD040)
            "AFFILIATE_BUYBACK_STATEMENT");

    @Autowired
    RequestTypes types;
    @Autowired
    ServiceRequests serviceRequests;
    @Autowired
    RequestDesk desk;

    @Test
    void theTypesFiledByTheSystemAreMarkedSoInTheData() {
        assertThat(types.all()).filteredOn(RequestType::filedBySystem).extracting(RequestType::code)
                .containsExactlyInAnyOrderElementsOf(FILED_BY_SYSTEM);
    }

    @Test
    void anAffiliateIsNeitherOfferedNorAllowedToFileABuyBackOrASubscriptionByHand() {
        signInAs(AFFILIATE);

        assertThat(serviceRequests.typesForMe()).extracting(RequestType::code)
                .contains("AFFILIATE_INFORMATION", "AFFILIATE_COMPLAINT")
                .doesNotContainAnyElementsOf(FILED_BY_SYSTEM);
        for (String code : List.of("AFFILIATE_BUYBACK", "AFFILIATE_SUBSCRIPTION", "AFFILIATE_ANOMALY")) {
            assertThatThrownBy(() -> serviceRequests.file(form(code, Channel.WEB)))
                    .as(code).isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.key()).isEqualTo("request.error.filedBySystem"));
        }
        // the form of their space lists the same types as the service
        open("affiliate/requests/new");
        assertThat(typesOnTheForm()).containsExactlyElementsOf(codes(serviceRequests.typesForMe()));
    }

    @Test
    void aCompanyUserCannotFileASubscriptionOrAnAccountUpdateByHand() {
        signInAs(ATLAS_COMPANY_ACCOUNT);

        assertThat(serviceRequests.typesForMe()).extracting(RequestType::code)
                .contains("COMPANY_INFORMATION", "COMPANY_COMPLAINT").doesNotContainAnyElementsOf(FILED_BY_SYSTEM);
        assertThatThrownBy(() -> serviceRequests.file(form("COMPANY_SUBSCRIPTION", Channel.WEB)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("request.error.filedBySystem"));
    }

    @Test
    void aVisitorCannotFileASystemTypeFromThePublicPage() {
        SignedIn.out();

        assertThat(serviceRequests.typesForVisitors()).isNotEmpty().noneMatch(RequestType::filedBySystem);
        assertThatThrownBy(() -> serviceRequests.fileAnonymously(form("COMPANY_SUBSCRIPTION", Channel.WEB)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("request.error.filedBySystem"));
    }

    @Test
    void anAgentCannotEnterASystemTypeFromTheEntryScreen() {
        signInAs(AGENT);

        assertThat(desk.typesToEnter()).extracting(RequestType::code)
                .contains("AFFILIATE_INFORMATION", "COMPANY_INFORMATION", "RETIREE_COMPLAINT_ABROAD")
                .doesNotContainAnyElementsOf(FILED_BY_SYSTEM);
        for (String code : FILED_BY_SYSTEM) {
            assertThatThrownBy(() -> desk.enter(form(code, Channel.PHONE)))
                    .as(code).isInstanceOfSatisfying(Refusal.class,
                            e -> assertThat(e.key()).isEqualTo("request.error.filedBySystem"));
        }
        open("backoffice/requests/new");
        assertThat(typesOnTheForm()).containsExactlyElementsOf(codes(desk.typesToEnter()));
    }

    @Test
    void theFeatureThatDidTheThingStillFilesItsType() {
        signInAs(AFFILIATE);
        RequestReceipt buyBack = serviceRequests.fileThroughFeature(form("AFFILIATE_BUYBACK", Channel.WEB));
        assertThat(serviceRequests.find(buyBack.reference(), null).summary().type().code()).isEqualTo("AFFILIATE_BUYBACK");

        signInAs(AGENT);
        RequestReceipt letter = desk.enterThroughFeature(form("COMPANY_ACCOUNT_UPDATE", Channel.POST));
        assertThat(desk.detail(letter.reference()).summary().type().code()).isEqualTo("COMPANY_ACCOUNT_UPDATE");
    }

    private List<String> typesOnTheForm() {
        @SuppressWarnings("unchecked")
        Select<RequestType> select = $(Select.class).withClassName("request-type").first();
        return codes(select.getListDataView().getItems().toList());
    }

    private static List<String> codes(List<RequestType> types) {
        return types.stream().map(RequestType::code).toList();
    }

    private static NewRequest form(String typeCode, Channel channel) {
        return new NewRequest(typeCode, channel, "fr", "Objet", "Une demande déposée à la main.", "Fatna Alaoui",
                "visiteur@demo.example", "0600000000");
    }
}
