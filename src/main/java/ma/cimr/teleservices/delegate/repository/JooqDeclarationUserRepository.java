package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.DeclarationSettings;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER_CATEGORY;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** The {@code declaration_user*} tables, the console's own; {@code user_account} is the account feature's. */
@Repository
class JooqDeclarationUserRepository implements DeclarationUserRepository {

    private static final Field<List<String>> CATEGORIES = multiset(select(CONTRIBUTION_CATEGORY.CODE)
            .from(DECLARATION_USER_CATEGORY)
            .join(CONTRIBUTION_CATEGORY).on(CONTRIBUTION_CATEGORY.ID.eq(DECLARATION_USER_CATEGORY.CATEGORY_ID))
            .where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(DECLARATION_USER.ACCOUNT_ID))
            .orderBy(CONTRIBUTION_CATEGORY.CODE))
            .convertFrom(result -> result.getValues(CONTRIBUTION_CATEGORY.CODE))
            .as("categories");

    private final DSLContext dsl;

    JooqDeclarationUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Long, DeclarationSettings> settingsOf(long companyId, Collection<Long> accountIds) {
        return dsl.select(DECLARATION_USER.ACCOUNT_ID, DECLARATION_USER.EXTERNAL, DECLARATION_USER.FIRM_NAME,
                        DECLARATION_USER.MODE, CATEGORIES)
                .from(DECLARATION_USER)
                .where(DECLARATION_USER.COMPANY_ID.eq(companyId), DECLARATION_USER.ACCOUNT_ID.in(accountIds))
                .fetchMap(DECLARATION_USER.ACCOUNT_ID, row -> new DeclarationSettings(row.get(DECLARATION_USER.EXTERNAL),
                        row.get(DECLARATION_USER.FIRM_NAME), row.get(DECLARATION_USER.MODE),
                        row.get(CATEGORIES)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void saveDeclarationSettings(long companyId, long accountId, boolean external, @Nullable String firmName,
                                        DeclarationMode mode, List<Long> categoryIds) {
        dsl.insertInto(DECLARATION_USER)
                .set(DECLARATION_USER.ACCOUNT_ID, accountId)
                .set(DECLARATION_USER.COMPANY_ID, companyId)
                .set(DECLARATION_USER.EXTERNAL, external)
                .set(DECLARATION_USER.FIRM_NAME, firmName)
                .set(DECLARATION_USER.MODE, mode)
                .onConflict(DECLARATION_USER.ACCOUNT_ID).doUpdate()
                .set(DECLARATION_USER.EXTERNAL, external)
                .set(DECLARATION_USER.FIRM_NAME, firmName)
                .set(DECLARATION_USER.MODE, mode)
                .execute();
        dsl.deleteFrom(DECLARATION_USER_CATEGORY).where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(accountId)).execute();
        var insert = dsl.insertInto(DECLARATION_USER_CATEGORY, DECLARATION_USER_CATEGORY.ACCOUNT_ID,
                DECLARATION_USER_CATEGORY.COMPANY_ID, DECLARATION_USER_CATEGORY.CATEGORY_ID);
        for (long categoryId : categoryIds) {
            insert = insert.values(accountId, companyId, categoryId);
        }
        insert.execute();
    }

    @Override
    public Map<String, Long> activeCategoryIds(long companyId, List<String> codes) {
        return dsl.select(CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId), CONTRIBUTION_CATEGORY.ACTIVE.isTrue(),
                        CONTRIBUTION_CATEGORY.CODE.in(codes))
                .fetchMap(CONTRIBUTION_CATEGORY.CODE, CONTRIBUTION_CATEGORY.ID);
    }
}
