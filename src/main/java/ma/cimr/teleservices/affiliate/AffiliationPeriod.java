package ma.cimr.teleservices.affiliate;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** A period worked for a member company; an open period has no end. */
public record AffiliationPeriod(String companyName, String adherentNumber, String category, LocalDate start,
                                @Nullable LocalDate end) {
}
