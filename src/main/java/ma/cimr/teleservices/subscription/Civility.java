package ma.cimr.teleservices.subscription;

/** Monsieur / Madame, as the subscription form asks them. */
public enum Civility {
    MR, MRS
}
