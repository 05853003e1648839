package ma.cimr.teleservices.bank.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.bank.BankPurpose;
import ma.cimr.teleservices.bank.CreditTransfer;
import ma.cimr.teleservices.bank.CreditTransferFile;
import ma.cimr.teleservices.bank.SandboxBank;
import ma.cimr.teleservices.bank.SandboxBank.ShownTransfer;
import ma.cimr.teleservices.bank.SentMessage;
import ma.cimr.teleservices.bank.TransferBatch;
import ma.cimr.teleservices.shared.value.Money;
import ma.cimr.teleservices.shared.value.Rib;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static ma.cimr.teleservices.DemoLogins.ADMINISTRATOR;
import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.jooq.Tables.BANK_ANSWER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff see what the sandbox bank was sent, the file itself, and answer its transfers in the bank's
 * place; an agent does not reach the page. Rolled back.
 */
@Transactional
class SandboxBankViewTest extends PortalBrowserlessTest {

    @Autowired
    SandboxBank bank;
    @Autowired
    Clock clock;
    @Autowired
    DSLContext dsl;

    @Test
    void anAdministratorSeesAMessageAsSentAndConfirmsAllItsTransfers() {
        String messageId = sent();
        signInAs(ADMINISTRATOR);
        assertThat(open("backoffice/bank")).isEqualTo("backoffice/bank");

        @SuppressWarnings("unchecked")
        Grid<SentMessage> messages = $(Grid.class).id("bank-messages");
        int row = rowOf(messages, messageId);
        assertThat(test(messages).getCellText(row, 5)).isEqualTo("2");
        test(messages).select(row);

        assertThat($(Pre.class).id("bank-message-content").getText()).contains("<MsgId>" + messageId + "</MsgId>");
        @SuppressWarnings("unchecked")
        Grid<ShownTransfer> transfers = $(Grid.class).id("bank-transfers");
        assertThat(test(transfers).size()).isEqualTo(2);
        assertThat(test(transfers).getCellText(0, 4)).isEqualTo("En attente");

        test($(Button.class).id("confirm-all")).click();

        assertThat(dsl.fetchCount(BANK_ANSWER, BANK_ANSWER.MESSAGE_ID.eq(messageId))).isEqualTo(2);
        @SuppressWarnings("unchecked")
        Grid<ShownTransfer> after = $(Grid.class).id("bank-transfers");
        assertThat(test(after).getCellText(0, 4)).isEqualTo("Confirmé");
        assertThat(test(after).getCellText(1, 4)).isEqualTo("Confirmé");
    }

    @Test
    void anAgentDoesNotReachTheBanksPage() {
        signInAs(AGENT);
        open("backoffice/bank");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private int rowOf(Grid<SentMessage> grid, String messageId) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getCellText(row, 1).equals(messageId)) {
                return row;
            }
        }
        throw new AssertionError("message " + messageId + " is not listed");
    }

    private String sent() {
        String messageId = "V-" + UUID.randomUUID().toString().substring(0, 18);
        Rib fund = Rib.withKey("0117800000000000012345");
        List<CreditTransfer> transfers = List.of(
                new CreditTransfer(messageId + "-A", Money.of("1200.00"), "Amrani Fatima", Rib.withKey("0077800000000000000001"), "Pension"),
                new CreditTransfer(messageId + "-B", Money.of("800.00"), "Benali Ahmed", Rib.withKey("2307800000000000000002"), "Pension"));
        var batch = new TransferBatch(messageId, "CIMR", fund, LocalDate.now(clock), 2, new BigDecimal("2000.00"));
        Path file = CreditTransferFile.writeValidated(batch, transfers.iterator(), clock);
        bank.send(BankPurpose.PENSION_RUN, "011", batch, file);
        file.toFile().delete();
        return messageId;
    }
}
