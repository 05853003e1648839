package ma.cimr.teleservices.bank;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code portal.bank.answer-interval} (10 s by default): the sandbox answers what is due, then
 * every answer waiting is handed to its feature. On every instance at once: the row locks share the
 * answers out, so no lease is needed. Off with {@code portal.bank.answers-enabled=false} (the tests,
 * which deliver when they choose).
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.bank.answers-enabled", matchIfMissing = true)
class BankSchedule {

    private final SandboxBank sandbox;
    private final BankAnswers answers;

    BankSchedule(SandboxBank sandbox, BankAnswers answers) {
        this.sandbox = sandbox;
        this.answers = answers;
    }

    @Scheduled(initialDelayString = "${portal.bank.answer-interval:10s}", fixedDelayString = "${portal.bank.answer-interval:10s}")
    void answer() {
        sandbox.answerDue();
        answers.deliverPending();
    }
}
