package ma.cimr.teleservices.delegate;

import org.jspecify.annotations.Nullable;

/**
 * What the delegate may change on a login; its téléservice never changes. The payment roles
 * count for an E@sypaiement login only, the declaration settings for a télédéclaration login only.
 */
public record UserChanges(String displayName, String email, boolean paymentOrderer, boolean paymentValidator,
                          @Nullable DeclarationSettings declaration) {
}
