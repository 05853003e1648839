package ma.cimr.teleservices.security.repository;

import ma.cimr.teleservices.security.PortalUser;

import java.time.Instant;
import java.util.Optional;

public interface AccountRepository {

    /** Case-insensitive, as people type their login. */
    Optional<PortalUser> findByLogin(String login);

    void recordLogin(long accountId, Instant at);

    void savePreferredLocale(long accountId, String locale);
}
