package ma.cimr.teleservices.account;

import java.time.Instant;

/** An account locked by repeated wrong passwords, as staff see it. */
public record LockedAccount(long accountId, String login, String displayName, int failures, Instant lockedUntil) {
}
