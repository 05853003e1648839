package ma.cimr.teleservices.account.recovery;

import ma.cimr.teleservices.request.Attachment;
import ma.cimr.teleservices.request.Channel;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A signed letter as the agent records it: whose company, which letter, when and how it came, for
 * an e-mail update the new address written on it, and its scan (required: the second person who
 * approves the link compares it with the case, DD025). Never a password: the delegate chooses it.
 */
public record NewDelegateLetter(String adherentNumber, DelegateLetterKind kind, LocalDate receivedOn, Channel channel,
                                @Nullable String newEmail, @Nullable Attachment scan) {
}
