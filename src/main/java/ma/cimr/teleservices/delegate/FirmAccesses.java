package ma.cimr.teleservices.delegate;

import ma.cimr.teleservices.account.PasswordConfirmation;
import ma.cimr.teleservices.audit.AuditTrail;
import ma.cimr.teleservices.delegate.repository.DeclarationUserRepository;
import ma.cimr.teleservices.delegate.repository.FirmAccessRepository;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.PortalUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * External firms (DD027): the delegate lets an accounting firm's existing télédéclaration login —
 * set up by another company that hired the same firm — declare for this company too, and takes
 * it back. The login and the firm's name are both typed and must both match, so a delegate cannot
 * go fishing for logins; a wrong pair is refused as one that does not exist. Granting or revoking
 * takes the delegate's password, as every change that lets someone else in does (DD024), and is
 * audited. The declaration side reads the grant at each call, so a revoked firm stops at its next.
 */
@Service
@PreAuthorize("hasRole('" + Roles.DELEGATE + "')")
public class FirmAccesses {

    static final String NO_SUCH_FIRM = "delegate.firms.error.noSuchFirm";

    private final FirmAccessRepository grants;
    private final DeclarationUserRepository declarationUsers;
    private final PasswordConfirmation passwordConfirmation;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;

    FirmAccesses(FirmAccessRepository grants, DeclarationUserRepository declarationUsers,
                 PasswordConfirmation passwordConfirmation, AuditTrail auditTrail, CurrentUser currentUser) {
        this.grants = grants;
        this.declarationUsers = declarationUsers;
        this.passwordConfirmation = passwordConfirmation;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** The firms the company lets declare for it. */
    @Transactional(readOnly = true)
    public List<FirmAccess> grants() {
        return grants.grantsOf(currentUser.companyId().value());
    }

    /** Lets the firm's login declare for the company in that mode, for those categories; replaces an earlier grant. */
    @Transactional
    public void grant(@Nullable String login, @Nullable String firmName, @Nullable DeclarationMode mode,
                      List<String> categoryCodes, @Nullable String delegatePassword) {
        long companyId = currentUser.companyId().value();
        var external = grants.externalLogin(login == null ? "" : login.strip())
                .filter(found -> firmName != null && found.firmName().strip().toLowerCase(Locale.ROOT)
                        .equals(firmName.strip().toLowerCase(Locale.ROOT)))
                .orElseThrow(() -> new Refusal(NO_SUCH_FIRM));
        if (external.companyId() == companyId) {
            throw new Refusal("delegate.firms.error.ownLogin");
        }
        if (mode == null) {
            throw new Refusal("delegate.error.declarationMode");
        }
        if (categoryCodes.isEmpty()) {
            throw new Refusal("delegate.error.categoryRequired");
        }
        List<String> codes = categoryCodes.stream().distinct().sorted().toList();
        Map<String, Long> active = declarationUsers.activeCategoryIds(companyId, codes);
        if (active.size() != codes.size()) {
            throw new Refusal("delegate.error.inactiveCategory");
        }
        passwordConfirmation.confirm(delegatePassword, "DECLARATION_ACCESS_GRANTED " + external.login());
        PortalUser me = currentUser.require();
        grants.save(companyId, external.accountId(), mode, List.copyOf(active.values()), me.accountId().value());
        auditTrail.record(me.login(), "DECLARATION_ACCESS_GRANTED", external.login(),
                external.firmName() + ", " + mode + ", " + codes, null);
    }

    /** Takes the access back: the firm's next call for the company is refused. */
    @Transactional
    public void revoke(@Nullable String login, @Nullable String delegatePassword) {
        long companyId = currentUser.companyId().value();
        FirmAccess granted = grants().stream().filter(g -> g.login().equalsIgnoreCase(login == null ? "" : login.strip()))
                .findFirst().orElseThrow(() -> new Refusal(NO_SUCH_FIRM));
        passwordConfirmation.confirm(delegatePassword, "DECLARATION_ACCESS_REVOKED " + granted.login());
        grants.delete(companyId, granted.login());
        auditTrail.record(currentUser.require().login(), "DECLARATION_ACCESS_REVOKED", granted.login(),
                granted.firmName(), null);
    }
}
