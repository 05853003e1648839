package ma.cimr.teleservices.declaration;

import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.shared.value.AdherentNumber;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.CONTRIBUTION_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_FILE;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_LINE;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER;
import static ma.cimr.teleservices.jooq.Tables.DECLARATION_USER_CATEGORY;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_ATTACHMENT;
import static ma.cimr.teleservices.jooq.Tables.REQUEST_EVENT;
import static ma.cimr.teleservices.jooq.Tables.SERVICE_REQUEST;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

/**
 * Gives atlas.declaration (Atlas Conserves, 100234) the télédéclaration settings a test needs, by
 * file or by form and with the categories it names, and gives back afterwards what the demo had
 * (the delegate's settings, and every declaration and file the test created), since the whole
 * suite shares one database.
 */
public final class FileDeclarantSetting {

    public static final String LOGIN = "atlas.declaration";

    private final DSLContext dsl;
    private final long accountId;
    private final long companyId;
    private final Result<? extends Record> savedUser;
    private final Result<? extends Record> savedCategories;
    private final long lastDeclaration;
    private final long lastFile;

    public FileDeclarantSetting(DSLContext dsl) {
        this.dsl = dsl;
        this.companyId = dsl.select(COMPANY.ID).from(COMPANY)
                .where(COMPANY.ADHERENT_NUMBER.eq(AdherentNumber.parse("100234"))).fetchSingle().value1();
        this.accountId = dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN.eq(LOGIN))
                .fetchSingle().value1();
        this.savedUser = dsl.selectFrom(DECLARATION_USER).where(DECLARATION_USER.ACCOUNT_ID.eq(accountId)).fetch();
        this.savedCategories = dsl.selectFrom(DECLARATION_USER_CATEGORY)
                .where(DECLARATION_USER_CATEGORY.ACCOUNT_ID.eq(accountId)).fetch();
        this.lastDeclaration = dsl.select(org.jooq.impl.DSL.max(DECLARATION.ID)).from(DECLARATION).fetchOptional()
                .map(r -> r.value1() == null ? 0L : r.value1()).orElse(0L);
        this.lastFile = dsl.select(org.jooq.impl.DSL.max(DECLARATION_FILE.ID)).from(DECLARATION_FILE).fetchOptional()
                .map(r -> r.value1() == null ? 0L : r.value1()).orElse(0L);
    }

    public long companyId() {
        return companyId;
    }

    public long accountId() {
        return accountId;
    }

    public long categoryId(String code) {
        return dsl.select(CONTRIBUTION_CATEGORY.ID).from(CONTRIBUTION_CATEGORY)
                .where(CONTRIBUTION_CATEGORY.COMPANY_ID.eq(companyId).and(CONTRIBUTION_CATEGORY.CODE.eq(code)))
                .fetchSingle().value1();
    }

    /** The login declares in this mode, these categories. */
    public FileDeclarantSetting declares(DeclarationMode mode, String... categoryCodes) {
        dsl.deleteFrom(DECLARATION_USER).where(DECLARATION_USER.ACCOUNT_ID.eq(accountId)).execute();
        dsl.insertInto(DECLARATION_USER)
                .set(DECLARATION_USER.ACCOUNT_ID, accountId)
                .set(DECLARATION_USER.COMPANY_ID, companyId)
                .set(DECLARATION_USER.EXTERNAL, false)
                .set(DECLARATION_USER.MODE, mode)
                .execute();
        for (String code : categoryCodes) {
            dsl.insertInto(DECLARATION_USER_CATEGORY)
                    .set(DECLARATION_USER_CATEGORY.ACCOUNT_ID, accountId)
                    .set(DECLARATION_USER_CATEGORY.COMPANY_ID, companyId)
                    .set(DECLARATION_USER_CATEGORY.CATEGORY_ID, categoryId(code))
                    .execute();
        }
        return this;
    }

    /** Rows of the declaration tables, all companies: what "nothing stays" is measured on. */
    public List<Integer> declarationRows() {
        return List.of(dsl.fetchCount(DECLARATION), dsl.fetchCount(DECLARATION_LINE), dsl.fetchCount(DECLARATION_FILE));
    }

    /** Puts back the demo's settings and removes the declarations and files created since, with the requests filed with them. */
    public void restore() {
        List<Long> requests = dsl.select(DECLARATION.REQUEST_ID).from(DECLARATION)
                .where(DECLARATION.ID.gt(lastDeclaration).and(DECLARATION.REQUEST_ID.isNotNull()))
                .fetch(DECLARATION.REQUEST_ID);
        dsl.deleteFrom(DECLARATION_LINE).where(DECLARATION_LINE.DECLARATION_ID.gt(lastDeclaration)).execute();
        dsl.deleteFrom(DECLARATION).where(DECLARATION.ID.gt(lastDeclaration)).execute();
        dsl.deleteFrom(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.in(requests)).execute();
        dsl.deleteFrom(REQUEST_ATTACHMENT).where(REQUEST_ATTACHMENT.REQUEST_ID.in(requests)).execute();
        dsl.deleteFrom(SERVICE_REQUEST).where(SERVICE_REQUEST.ID.in(requests)).execute();
        dsl.deleteFrom(DECLARATION_FILE).where(DECLARATION_FILE.ID.gt(lastFile)).execute();
        dsl.deleteFrom(DECLARATION_USER).where(DECLARATION_USER.ACCOUNT_ID.eq(accountId)).execute();
        // a fetched record has nothing "changed": marked so, it is inserted whole
        for (var saved : savedUser) {
            var user = saved.into(DECLARATION_USER);
            user.changed(true);
            dsl.executeInsert(user);
        }
        for (var saved : savedCategories) {
            var category = saved.into(DECLARATION_USER_CATEGORY);
            category.changed(true);
            dsl.executeInsert(category);
        }
    }
}
