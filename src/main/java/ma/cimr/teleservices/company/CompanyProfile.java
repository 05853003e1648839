package ma.cimr.teleservices.company;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** A member company as its own users see it. */
public record CompanyProfile(String adherentNumber, String legalName, @Nullable String rcNumber,
                             @Nullable String patenteNumber, @Nullable String ice, String addressLine, String city,
                             String status, int paymentConfirmations, List<ContributionCategory> categories,
                             int activeAffiliates) {
}
