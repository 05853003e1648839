package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.delegate.DeclarationMode;

import java.util.Set;

/**
 * A télédéclaration login as it acts for one company: how it declares (file or form, as the
 * company's delegate chose) and the categories of staff it may declare, active ones only. Every
 * declaring service starts from one, so the delegate's settings are enforced in one place.
 */
public record Declarant(long accountId, long companyId, DeclarationMode mode, Set<Long> categoryIds) {

    public Declarant {
        categoryIds = Set.copyOf(categoryIds);
    }

    public boolean mayDeclare(long categoryId) {
        return categoryIds.contains(categoryId);
    }
}
