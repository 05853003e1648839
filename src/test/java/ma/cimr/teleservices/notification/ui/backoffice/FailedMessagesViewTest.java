package ma.cimr.teleservices.notification.ui.backoffice;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import ma.cimr.teleservices.PortalBrowserlessTest;
import ma.cimr.teleservices.notification.FailedMessage;
import ma.cimr.teleservices.notification.FailedMessages;
import ma.cimr.teleservices.notification.OutboxMessage;
import ma.cimr.teleservices.notification.repository.OutboxRepository;
import ma.cimr.teleservices.shared.Refusal;
import ma.cimr.teleservices.shell.ui.AccessDeniedView;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

import static ma.cimr.teleservices.DemoLogins.AGENT;
import static ma.cimr.teleservices.DemoLogins.SUPERVISOR;
import static ma.cimr.teleservices.jooq.Tables.AUDIT_EVENT;
import static ma.cimr.teleservices.jooq.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A supervisor sees the messages the outbox gave up on, without their content, and sends one again
 * or gives it up for good; both are audited, and an agent has no access. Rolled back.
 */
@Transactional
class FailedMessagesViewTest extends PortalBrowserlessTest {

    private static final String SECRET_BODY = "Votre lien d'activation : https://portail.cimr.ma/activate?token=s3cr3t-t0k3n";

    @Autowired
    OutboxRepository outbox;
    @Autowired
    FailedMessages failedMessages;
    @Autowired
    DSLContext dsl;
    @Autowired
    Clock clock;

    @Test
    void aSupervisorSeesAFailedMessageWithoutItsContentAndSendsItAgain() {
        long id = failedEmail("karim.alaoui@atlas.ma");
        signInAs(SUPERVISOR);
        assertThat(open("backoffice/outbox")).isEqualTo("backoffice/outbox");

        @SuppressWarnings("unchecked")
        Grid<FailedMessage> grid = $(Grid.class).id("failed-messages");
        int row = rowOf(grid, id);
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("k•••@atlas.ma");
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("550 mailbox unavailable");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("s3cr3t-t0k3n", "karim.alaoui");

        test(button(grid, row, "retry-message")).click();

        var message = dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id)).fetchSingle();
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(message.getAttempts()).isZero();
        assertThat(message.getNextAttemptAt().toInstant()).isEqualTo(clock.instant());
        assertThat(audited("OUTBOX_RETRIED", id)).isEqualTo(1);
        assertThatThrownBy(() -> failedMessages.retry(id)).as("not failed any more")
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.key()).isEqualTo("outbox.failed.error.settled"));
    }

    @Test
    void aSupervisorGivesAMessageUpForGoodAndItsContentIsErased() {
        long id = failedEmail("fatima.zahra@maghreb.ma");
        signInAs(SUPERVISOR);
        open("backoffice/outbox");
        @SuppressWarnings("unchecked")
        Grid<FailedMessage> grid = $(Grid.class).id("failed-messages");

        test(button(grid, rowOf(grid, id), "abandon-message")).click();
        test($(ConfirmDialog.class).first()).confirm();

        var message = dsl.selectFrom(OUTBOX_MESSAGE).where(OUTBOX_MESSAGE.ID.eq(id)).fetchSingle();
        assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.ABANDONED);
        assertThat(message.getBody()).isEqualTo(OutboxRepository.ABANDONED_BODY);
        assertThat(audited("OUTBOX_ABANDONED", id)).isEqualTo(1);
        assertThat(failedMessages.list(0, 1000)).extracting(FailedMessage::id).doesNotContain(id);
    }

    @Test
    void anAgentHasNoAccessToTheUndeliveredMessages() {
        long id = failedEmail("someone@atlas.ma");
        signInAs(AGENT);

        open("backoffice/outbox");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThatThrownBy(() -> failedMessages.retry(id)).isInstanceOf(AccessDeniedException.class);
    }

    private long failedEmail(String recipient) {
        long id = outbox.add(OutboxMessage.Channel.EMAIL, recipient, "Activez votre espace", SECRET_BODY, clock.instant());
        outbox.markFailed(id, 8, "550 mailbox unavailable");
        return id;
    }

    private Button button(Grid<FailedMessage> grid, int row, String className) {
        var actions = test(grid).getCellComponent(row, 6);
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).findFirst().orElseThrow();
    }

    private int rowOf(Grid<FailedMessage> grid, long id) {
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).id() == id) {
                return row;
            }
        }
        throw new AssertionError("message " + id + " is not listed");
    }

    private int audited(String action, long id) {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.TARGET.eq("outbox " + id))
                .and(AUDIT_EVENT.ACTOR.eq(SUPERVISOR)));
    }
}
