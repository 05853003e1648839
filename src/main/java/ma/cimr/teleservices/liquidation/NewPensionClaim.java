package ma.cimr.teleservices.liquidation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the company's e-liquidation user fills in. For the affiliate's own pension, {@code survivor}
 * is null and the claimant is the affiliate as the fund knows them; for a survivor's, it names them.
 *
 * @param effectiveDate the retirement date, or for a survivor the affiliate's death
 * @param rib           24 digits for a bank transfer (spaces allowed), null for the RAHATI card
 */
public record NewPensionClaim(long affiliateId, ClaimKind kind, LocalDate effectiveDate, @Nullable Claimant survivor,
                              @Nullable String email, @Nullable String phone, boolean reversionToSpouse,
                              PaymentMode paymentMode, @Nullable String rib) {
}
