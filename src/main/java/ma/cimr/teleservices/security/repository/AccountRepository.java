package ma.cimr.teleservices.security.repository;

import ma.cimr.teleservices.security.PortalUser;

import ma.cimr.teleservices.security.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    /** Case-insensitive, as people type their login. */
    Optional<PortalUser> findByLogin(String login);

    void recordLogin(long accountId, Instant at);

    void savePreferredLocale(long accountId, String locale);

    /** The e-mail addresses of the active accounts holding the role. */
    List<String> emailsOf(Role role);

    Optional<String> emailOf(long accountId);
}
