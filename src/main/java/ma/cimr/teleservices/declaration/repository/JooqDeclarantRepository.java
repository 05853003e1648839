package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.Declarant;
import ma.cimr.teleservices.delegate.DeclarationMode;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.Optional;

import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER_CATEGORY;

@Repository
class JooqDeclarantRepository implements DeclarantRepository {

    private final DSLContext dsl;

    JooqDeclarantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Declarant> find(long accountId, long companyId) {
        var user = dsl.select(DECLARATION_USER.MODE)
                .from(DECLARATION_USER)
                .where(DECLARATION_USER.ACCOUNT_ID.eq(accountId).and(DECLARATION_USER.COMPANY_ID.eq(companyId)))
                .fetchOptional();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        // a category the company has since deactivated is no longer declarable, whatever was granted
        var categories = dsl.select(DECLARATION_USER_CATEGORY.CATEGORY_ID)
                .from(DECLARATION_USER_CATEGORY)
                .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION_USER_CATEGORY.CATEGORY_ID))
                .where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(accountId)
                        .and(DECLARATION_USER_CATEGORY.COMPANY_ID.eq(companyId))
                        .and(CONTRIBUTION_CATEGORY.ACTIVE.isTrue()))
                .fetchSet(DECLARATION_USER_CATEGORY.CATEGORY_ID);
        return Optional.of(new Declarant(accountId, companyId, user.get().value1(),
                new HashSet<>(categories)));
    }
}
