package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.security.Teleservice;

/**
 * A login the delegate creates for one téléservice. For E@sypaiement, whether it orders and/or
 * validates payments.
 */
public record NewCompanyUser(String login, String displayName, String email, Teleservice teleservice,
                             boolean paymentOrderer, boolean paymentValidator) {
}
