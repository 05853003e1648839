package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.Teleservice;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

/** A login of the delegate's company, as the delegate reviews it. Never carries a password. */
public record CompanyUserAccount(String login, String displayName, @Nullable String email,
                                 @Nullable Teleservice teleservice, Set<Role> roles, String status,
                                 @Nullable Instant lastLoginAt, @Nullable Instant lockedUntil) {
}
