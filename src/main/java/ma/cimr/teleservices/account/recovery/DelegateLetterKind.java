package ma.cimr.teleservices.account.recovery;

/** The two letters a member company signs and stamps about its user administrator (délégué). */
public enum DelegateLetterKind {
    /** "Réinitialisation du mot de passe de la personne déléguée". */
    PASSWORD_RESET,
    /** "Mise à jour de l'e-mail de la personne déléguée". */
    EMAIL_UPDATE
}
