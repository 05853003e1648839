package ma.cimr.teleservices.bank;

import ma.cimr.teleservices.shared.scheduling.JobBackoff;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code portal.bank.answer-interval} (10 s by default): the sandbox answers what is due, then
 * every answer waiting is handed to its feature, and so is every credit notice (DD040). On every instance at once: the row locks share the
 * answers out, so no lease is needed. Off with {@code portal.bank.answers-enabled=false} (the tests,
 * which deliver when they choose). While the database is down it waits in {@link JobBackoff}.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.bank.answers-enabled", matchIfMissing = true)
class BankSchedule {

    private final SandboxBank sandbox;
    private final BankAnswers answers;
    private final IncomingCredits credits;
    private final JobBackoff backoff;

    BankSchedule(SandboxBank sandbox, BankAnswers answers, IncomingCredits credits, JobBackoff backoff) {
        this.sandbox = sandbox;
        this.answers = answers;
        this.credits = credits;
        this.backoff = backoff;
    }

    @Scheduled(initialDelayString = "${portal.bank.answer-interval:10s}", fixedDelayString = "${portal.bank.answer-interval:10s}")
    void answer() {
        backoff.run("bank-answers", () -> {
            sandbox.answerDue();
            answers.deliverPending();
            credits.deliverPending();
        });
    }
}
