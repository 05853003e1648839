package ma.cimr.teleservices.affiliate;

import java.time.LocalDate;
import java.util.List;

/** The affiliate's identity and career, as they see it in their space. */
public record AffiliateProfile(String matricule, String cin, String lastName, String firstName, LocalDate birthDate,
                               List<AffiliationPeriod> periods) {
}
