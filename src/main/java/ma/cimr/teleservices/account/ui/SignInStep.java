package ma.cimr.teleservices.account.ui;

/**
 * A page of the sign-in itself: the password's, the second factor's, its enrolment's. Each is left
 * by a full page load (the form's post, a passkey's answer), not by the router, so its UI stays in
 * the session after the person is in, until its heartbeats stop; {@link SignInStepsClosing} closes
 * it once the sign-in is over (DD048).
 */
interface SignInStep {
}
