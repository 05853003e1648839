package ma.cimr.teleservices.retiree;

import org.jspecify.annotations.Nullable;

/**
 * Where the fund reaches a retiree, from what it has on record (DD022, DD036): the pension file's
 * own address and mobile, else the space's confirmed address, else, for a retired affiliate, the
 * address their employer declared; and the language their space was last used in.
 */
public record RetireeContact(long retireeId, String pensionFileNumber, String name, @Nullable String email,
                             @Nullable String mobile, String language) {
}
