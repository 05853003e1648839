package ma.cimr.teleservices.subscription;

import org.jspecify.annotations.Nullable;

/** A member company free to subscribe, with what the fund already knows of it to fill the form. */
public record SubscribingCompany(String adherentNumber, String legalName, @Nullable String rcNumber,
                                 @Nullable String patenteNumber, @Nullable String website) {
}
