package ma.cimr.teleservices.request;

import ma.cimr.teleservices.security.Role;

import java.util.List;
import java.util.Optional;

/**
 * Where the deadline watch sends its warnings. The accounts feature owns the addresses and
 * implements this; declaring it here keeps the dependency one way (accounts file requests, the
 * request engine never reaches into accounts).
 */
public interface StaffAddresses {

    /** The proven address of one staff account, if it has one. */
    Optional<String> emailOf(long accountId);

    /** The addresses of every active account holding this role. */
    List<String> emailsOf(Role role);
}
