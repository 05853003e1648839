package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * A revision as staff type it: whose pension (N° DP), why, the new monthly amount, and the bank
 * reference of the company's payment it rests on when it rests on one (required for contributions
 * received after the liquidation).
 */
public record NewRevision(String pensionFileNumber, PensionRevision.@Nullable Motive motive, @Nullable BigDecimal amount,
                          @Nullable String bankReference) {
}
