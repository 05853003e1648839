package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.delegate.DeclarationMode;
import ma.cimr.teleservices.delegate.FirmAccess;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the login's name from user_account with its declaration settings: one query, no write there. */
@Repository
class JooqFirmAccessRepository implements FirmAccessRepository {

    private final DSLContext dsl;

    JooqFirmAccessRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<ExternalLogin> externalLogin(String login) {
        return dsl.resultQuery("""
                        select ua.id, ua.company_id, ua.login, du.firm_name
                        from user_account ua join declaration_user du on du.account_id = ua.id
                        where lower(ua.login) = lower(?) and du.external and ua.status in ('ACTIVE', 'PENDING')
                        """, login)
                .fetchOptional(r -> new ExternalLogin(r.get(0, Long.class), r.get(1, Long.class), r.get(2, String.class),
                        r.get(3, String.class)));
    }

    @Override
    public List<FirmAccess> grantsOf(long companyId) {
        return dsl.resultQuery("""
                        select ua.login, du.firm_name, c.legal_name, g.mode, g.granted_at,
                               array(select cc.code from declaration_grant_category gc
                                     join contribution_category cc on cc.id = gc.category_id
                                     where gc.company_id = g.company_id and gc.account_id = g.account_id order by cc.code)
                        from declaration_grant g
                        join user_account ua on ua.id = g.account_id
                        join declaration_user du on du.account_id = g.account_id
                        join company c on c.id = du.company_id
                        where g.company_id = ?
                        order by du.firm_name, ua.login
                        """, companyId)
                .fetch(r -> new FirmAccess(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        DeclarationMode.valueOf(r.get(3, String.class)), Arrays.asList(r.get(5, String[].class)),
                        r.get(4, OffsetDateTime.class).toInstant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void save(long companyId, long accountId, DeclarationMode mode, List<Long> categoryIds, long grantedBy) {
        dsl.execute("delete from declaration_grant where company_id = ? and account_id = ?", companyId, accountId);
        dsl.execute("insert into declaration_grant (company_id, account_id, mode, granted_by) values (?, ?, ?, ?)",
                companyId, accountId, mode.name(), grantedBy);
        for (Long categoryId : categoryIds) {
            dsl.execute("insert into declaration_grant_category (company_id, account_id, category_id) values (?, ?, ?)",
                    companyId, accountId, categoryId);
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean delete(long companyId, String login) {
        return dsl.execute("""
                delete from declaration_grant g using user_account ua
                where ua.id = g.account_id and g.company_id = ? and lower(ua.login) = lower(?)
                """, companyId, login) > 0;
    }
}
