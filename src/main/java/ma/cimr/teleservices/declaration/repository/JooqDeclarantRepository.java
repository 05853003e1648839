package ma.cimr.teleservices.declaration.repository;

import ma.cimr.teleservices.declaration.DeclarableCompany;
import ma.cimr.teleservices.declaration.Declarant;
import ma.cimr.teleservices.delegate.DeclarationMode;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.HashSet;
import java.util.List;
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

    @Override
    public Optional<Declarant> findGranted(long accountId, long companyId) {
        var mode = dsl.resultQuery("select mode from declaration_grant where account_id = ? and company_id = ?",
                accountId, companyId).fetchOptional(r -> DeclarationMode.valueOf(r.get(0, String.class)));
        if (mode.isEmpty()) {
            return Optional.empty();
        }
        // the granting company's active categories among those it granted
        var categories = dsl.resultQuery("""
                        select g.category_id from declaration_grant_category g
                        join contribution_category cc on cc.id = g.category_id
                        where g.account_id = ? and g.company_id = ? and cc.active
                        """, accountId, companyId)
                .fetch(r -> r.get(0, Long.class));
        return Optional.of(new Declarant(accountId, companyId, mode.get(), new HashSet<>(categories)));
    }

    @Override
    public List<DeclarableCompany> companies(long accountId, long ownCompanyId) {
        return dsl.resultQuery("""
                        select c.id, c.adherent_number, c.legal_name, true
                        from company c join declaration_user u on u.company_id = c.id
                        where u.account_id = ? and c.id = ?
                        union all
                        select c.id, c.adherent_number, c.legal_name, false
                        from company c join declaration_grant g on g.company_id = c.id
                        where g.account_id = ? and c.id <> ?
                        order by 4 desc, 3
                        """, accountId, ownCompanyId, accountId, ownCompanyId)
                .fetch(r -> new DeclarableCompany(r.get(0, Long.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, Boolean.class)));
    }
}
