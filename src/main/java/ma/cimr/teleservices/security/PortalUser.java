package ma.cimr.teleservices.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The authenticated person. The links (company, affiliate, retiree) are the only source of
 * "whose data": services read them from here, never from a URL or a form.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

    private final AccountId accountId;
    private final String login;
    private @Nullable String passwordHash;
    private final String displayName;
    private final @Nullable String email;
    private final AccountKind kind;
    private final boolean active;
    private final boolean locked;
    private final @Nullable CompanyId companyId;
    private final @Nullable AffiliateId affiliateId;
    private final @Nullable RetireeId retireeId;
    private final @Nullable String preferredLocale;
    private final Set<Role> roles;

    public PortalUser(AccountId accountId, String login, @Nullable String passwordHash, String displayName,
                      @Nullable String email, AccountKind kind, boolean active, boolean locked,
                      @Nullable CompanyId companyId, @Nullable AffiliateId affiliateId, @Nullable RetireeId retireeId, @Nullable String preferredLocale, Set<Role> roles) {
        this.accountId = accountId;
        this.login = login;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.kind = kind;
        this.active = active;
        this.locked = locked;
        this.companyId = companyId;
        this.affiliateId = affiliateId;
        this.retireeId = retireeId;
        this.preferredLocale = preferredLocale;
        this.roles = Set.copyOf(roles);
    }

    public AccountId accountId() {
        return accountId;
    }

    public String login() {
        return login;
    }

    public String displayName() {
        return displayName;
    }

    public @Nullable String email() {
        return email;
    }

    public AccountKind kind() {
        return kind;
    }

    public @Nullable CompanyId companyId() {
        return companyId;
    }

    public @Nullable AffiliateId affiliateId() {
        return affiliateId;
    }

    public @Nullable RetireeId retireeId() {
        return retireeId;
    }

    public @Nullable String preferredLocale() {
        return preferredLocale;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        Stream<String> authorities = roles.stream().map(Role::authority);
        if (roles.stream().anyMatch(Role.REQUESTERS::contains)) {
            authorities = Stream.concat(authorities, Stream.of(Role.authority(Roles.REQUESTER)));
        }
        return authorities.map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Locked for a while after repeated wrong passwords; the login form says no more than for a wrong one. */
    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.accountId.equals(accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + login + "]";
    }
}
