package ma.cimr.teleservices.companyaccount.repository;

import ma.cimr.teleservices.companyaccount.PaymentAllocation;
import ma.cimr.teleservices.companyaccount.PaymentSource;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The payments of the compte adhérent, written once each: a bank reference is recorded once. */
public interface PaymentRepository {

    boolean bankReferenceUsed(String bankReference);

    /** The payment and its periods; false when its bank reference was recorded meanwhile (nothing written). */
    boolean insert(long companyId, BigDecimal amount, String bankReference, LocalDate valueDate, PaymentSource source,
                   String recordedBy, Instant recordedAt, @Nullable String requestReference,
                   List<PaymentAllocation> periods);
}
