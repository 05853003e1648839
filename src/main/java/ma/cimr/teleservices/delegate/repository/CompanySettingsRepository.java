package ma.cimr.teleservices.delegate.repository;

/** The company settings its user administrator chooses. */
public interface CompanySettingsRepository {

    void setPaymentConfirmations(long companyId, int confirmations);

    /** Active logins of the company holding the E@sypaiement validator role. */
    int activeValidators(long companyId);
}
