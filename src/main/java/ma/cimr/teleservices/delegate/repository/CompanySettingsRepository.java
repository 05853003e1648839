package ma.cimr.teleservices.delegate.repository;

/** The company settings its user administrator chooses. */
public interface CompanySettingsRepository {

    void setPaymentConfirmations(long companyId, int confirmations);
}
