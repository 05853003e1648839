package ma.cimr.teleservices.account;

/** What a session must still do before it is fully signed in (DD021); the guard routes by it. */
public enum SecondFactorStep {
    /** Fully signed in, or not signed in at all: nothing to do here. */
    NONE,
    /** Type a code from the authenticator, or a recovery code. */
    CODE,
    /** Enrol an authenticator: at first sign-in, or after a recovery code. */
    ENROL
}
