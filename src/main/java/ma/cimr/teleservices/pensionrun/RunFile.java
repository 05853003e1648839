package ma.cimr.teleservices.pensionrun;

import java.math.BigDecimal;
import java.time.Instant;

/** One bank's credit-transfer file of a run, as sent: what staff check against the bank's statement. */
public record RunFile(String messageId, String bankCode, int transfers, BigDecimal controlSum, Instant sentAt) {
}
