package ma.cimr.teleservices.account;

import java.time.Instant;

/** One successful sign-in of the signed-in person's own login, as "Mes données" lists it (DD041). */
public record SignIn(Instant at, SignInOrigin origin) {
}
