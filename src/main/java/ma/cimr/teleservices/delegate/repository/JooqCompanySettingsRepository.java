package ma.cimr.teleservices.delegate.repository;

import ma.cimr.teleservices.security.Role;
import ma.cimr.teleservices.security.AccountStatus;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static ma.cimr.teleservices.jooq.Tables.ACCOUNT_ROLE;
import static ma.cimr.teleservices.jooq.Tables.COMPANY;
import static ma.cimr.teleservices.jooq.Tables.USER_ACCOUNT;

@Repository
class JooqCompanySettingsRepository implements CompanySettingsRepository {

    private final DSLContext dsl;

    JooqCompanySettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void setPaymentConfirmations(long companyId, int confirmations) {
        dsl.update(COMPANY).set(COMPANY.PAYMENT_CONFIRMATIONS, (short) confirmations)
                .where(COMPANY.ID.eq(companyId)).execute();
    }

    @Override
    public int activeValidators(long companyId) {
        return dsl.fetchCount(dsl.select(USER_ACCOUNT.ID).from(USER_ACCOUNT)
                .join(ACCOUNT_ROLE).on(ACCOUNT_ROLE.ACCOUNT_ID.eq(USER_ACCOUNT.ID))
                .where(USER_ACCOUNT.COMPANY_ID.eq(companyId), USER_ACCOUNT.STATUS.eq(AccountStatus.ACTIVE),
                        ACCOUNT_ROLE.ROLE.eq(Role.PAYMENT_VALIDATOR)));
    }
}
