package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.declaration.repository.DeclarantRepository;
import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.security.CurrentUser;
import ma.cimr.teleservices.security.Roles;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
