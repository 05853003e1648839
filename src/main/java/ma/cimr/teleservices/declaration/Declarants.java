package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.declaration.repository.DeclarantRepository;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Who is declaring, read from the signed-in login and the settings its company's delegate saved,
 * never from a form: the mode (file or form) and the categories are enforced from here.
 */
@Service
public class Declarants {

    private final DeclarantRepository declarants;
    private final CurrentUser currentUser;

    Declarants(DeclarantRepository declarants, CurrentUser currentUser) {
        this.declarants = declarants;
        this.currentUser = currentUser;
    }

    /** The signed-in télédéclaration login acting for its own company; refused when the delegate never set it up. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public Declarant current() {
        long accountId = currentUser.require().accountId().value();
        long companyId = currentUser.companyId().value();
        return declarants.find(accountId, companyId)
                .orElseThrow(() -> new Refusal("declaration.error.notSetUp"));
    }

    /**
     * The signed-in login acting for this company: its own (as {@link #current()}), or one whose
     * delegate granted the login's firm access (DD027). Read again at every call, so a revoked
     * grant stops the next one.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public Declarant forCompany(long companyId) {
        long accountId = currentUser.require().accountId().value();
        if (companyId == currentUser.companyId().value()) {
            return current();
        }
        return declarants.findGranted(accountId, companyId)
                .orElseThrow(() -> new Refusal("declaration.history.error.notGranted"));
    }

    /** The same, refused unless the delegate chose this way of declaring for the login in that company. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public Declarant forCompany(long companyId, DeclarationMode mode) {
        Declarant declarant = forCompany(companyId);
        if (declarant.mode() != mode) {
            throw new Refusal("declaration.error.mode." + declarant.mode().name());
        }
        return declarant;
    }

    /** The companies the signed-in login may declare for: its own first, then those that granted it access. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public List<DeclarableCompany> companies() {
        return declarants.companies(currentUser.require().accountId().value(), currentUser.companyId().value());
    }

    /** The same, refused unless the delegate chose this way of declaring for the login. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.DECLARATION + "')")
    public Declarant current(DeclarationMode mode) {
        Declarant declarant = current();
        if (declarant.mode() != mode) {
            throw new Refusal("declaration.error.mode." + declarant.mode().name());
        }
        return declarant;
    }
}
