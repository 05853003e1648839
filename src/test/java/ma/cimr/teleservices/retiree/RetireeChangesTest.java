package ma.cimr.teleservices.retiree;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import ma.cimr.teleservices.DemoLogins;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.SignedIn;
import ma.cimr.teleservices.request.RequestStatus;
import ma.cimr.teleservices.request.ServiceRequests;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shared.value.PensionFileNumber;
import ma.cimr.teleservices.shared.value.Rib;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Locale;

import static ma.cimr.teleservices.jooq.Tables.RETIREE;
import static ma.cimr.teleservices.jooq.Tables.RETIREE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changes asked from the space (DD036): new bank details only with the password typed again, as a
 * request staff accept, after which the pension file (what the next run reads) has them; an
 * address change likewise; before the 15th a bank change reaches next month's payment (n°4).
 */
class RetireeChangesTest extends PortalBrowserlessTest {

    private static final String HOLDER = "DP0000004";

    @Autowired
    DSLContext dsl;
    @Autowired
    RetireeChanges changes;
    @Autowired
    ServiceRequests requests;

    @Test
    void newBankDetailsNeedThePasswordAndReachThePensionFileOnceStaffAcceptThem() {
        Rib newRib = Rib.withKey("0077801234567890123456");
        signInAs(HOLDER);
        assertThatThrownBy(() -> changes.askPaymentChange(PaymentMode.BANK_TRANSFER, newRib.value(), "not my password",
                Locale.FRENCH)).isInstanceOf(Refusal.class).hasMessageContaining("password.confirmation.wrong");
        assertThatThrownBy(() -> changes.askPaymentChange(PaymentMode.BANK_TRANSFER, "007780123456789012345600",
                DemoLogins.PASSWORD, Locale.FRENCH)).isInstanceOf(Refusal.class).hasMessageContaining("validation.rib");
        assertThat(changes.myChanges()).isEmpty();

        String reference = changes.askPaymentChange(PaymentMode.BANK_TRANSFER, newRib.grouped(), DemoLogins.PASSWORD,
                Locale.FRENCH);
        assertThat(requests.myRequests()).anySatisfy(r -> {
            assertThat(r.reference()).isEqualTo(reference);
            assertThat(r.type().code()).isEqualTo("RETIREE_PAYMENT_CHANGE");
        });
        assertThatThrownBy(() -> changes.askPaymentChange(PaymentMode.RAHATI_CARD, null, DemoLogins.PASSWORD, Locale.FRENCH))
                .isInstanceOf(Refusal.class).hasMessageContaining("retiree.changes.error.pending");
        assertThat(rib()).isNotEqualTo(newRib.value());

        SignedIn.out();
        signInAs(DemoLogins.AGENT);
        open("backoffice/retiree-changes");
        Grid<RetireeChange> queue = $(Grid.class).withClassName("changes-to-review").first();
        int row = rowOf(queue, reference);
        var decision = (HorizontalLayout) test(queue).getCellComponent(row, 5);
        test((Button) decision.getChildren().filter(c -> c.hasClassName("accept-change")).findFirst().orElseThrow()).click();

        assertThat(rib()).isEqualTo(newRib.value());
        assertThat(dsl.select(RETIREE_CHANGE.STATUS).from(RETIREE_CHANGE).where(RETIREE_CHANGE.REQUEST_REFERENCE.eq(reference))
                .fetchSingle().value1()).isEqualTo("ACCEPTED");
        SignedIn.out();
        signInAs(HOLDER);
        assertThat(requests.myRequests()).filteredOn(r -> r.reference().equals(reference))
                .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RequestStatus.CLOSED));
    }

    @Test
    void anAddressChangeIsARequestThatChangesTheFileWhenAccepted() {
        signInAs(HOLDER);
        assertThatThrownBy(() -> changes.askAddressChange(" ", "FR", Locale.FRENCH)).isInstanceOf(Refusal.class);
        String reference = changes.askAddressChange("3, rue Victor Hugo, 13001 Marseille", "FR", Locale.FRENCH);
        long changeId = dsl.select(RETIREE_CHANGE.ID).from(RETIREE_CHANGE)
                .where(RETIREE_CHANGE.REQUEST_REFERENCE.eq(reference)).fetchSingle().value1();
        SignedIn.out();
        signInAs(DemoLogins.AGENT);

        changes.accept(changeId);

        var row = dsl.select(RETIREE.ADDRESS, RETIREE.COUNTRY).from(RETIREE)
                .where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber(HOLDER))).fetchSingle();
        assertThat(row.value1()).isEqualTo("3, rue Victor Hugo, 13001 Marseille");
        assertThat(row.value2()).isEqualTo("FR");
        assertThatThrownBy(() -> changes.accept(changeId)).isInstanceOf(Refusal.class)
                .hasMessageContaining("retiree.changes.error.decided");
    }

    @Test
    void aBankChangeAskedBeforeTheFifteenthReachesNextMonthsPaymentAndAfterItTheOneAfter() {
        assertThat(RetireeChange.firstPaymentReached(LocalDate.of(2026, 3, 14))).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(RetireeChange.firstPaymentReached(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(RetireeChange.firstPaymentReached(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    private String rib() {
        return dsl.select(RETIREE.RIB).from(RETIREE).where(RETIREE.PENSION_FILE_NUMBER.eq(new PensionFileNumber(HOLDER)))
                .fetchSingle().value1();
    }

    private int rowOf(Grid<RetireeChange> grid, String reference) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 0).equals(reference)) {
                return row;
            }
        }
        throw new AssertionError(reference + " not in the queue");
    }
}
