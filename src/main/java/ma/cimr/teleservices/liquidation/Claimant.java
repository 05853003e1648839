package ma.cimr.teleservices.liquidation;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * Who the pension will be paid to: the affiliate for their own pension (taken from the fund's
 * records, never typed), a survivor otherwise (typed by the company, proved by the papers). The
 * e-mail address and phone number receive the invitation to the retiree's space.
 */
public record Claimant(String cin, String lastName, String firstName, LocalDate birthDate, @Nullable String email,
                       @Nullable String phone) {
}
