package ma.cimr.teleservices.bank;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A message as the portal sent it to a bank, without its content. */
public record SentMessage(long id, String messageId, BankPurpose purpose, String bankCode, LocalDate executionDate,
                          int transfers, BigDecimal controlSum, Instant sentAt) {
}
