package ma.cimr.teleservices.delegate.repository;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static ma.cimr.teleservices.jooq.Tables.COMPANY;

/** The company's own settings row; the company's logins are the account feature's (DD020). */
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
}
