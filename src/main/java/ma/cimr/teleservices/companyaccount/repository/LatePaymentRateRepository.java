package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.companyaccount.LatePaymentRate;

import java.util.List;

/** The surcharge rates by date: a few rows, read whole. */
public interface LatePaymentRateRepository {

    /** Oldest first. */
    List<LatePaymentRate> all();

    /** Adds the row, or replaces the one starting the same day. */
    void save(LatePaymentRate rate);
}
