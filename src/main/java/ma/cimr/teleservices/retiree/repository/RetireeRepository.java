package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireeContact;
import ma.cimr.teleservices.retiree.RetireePension;
import ma.cimr.teleservices.retiree.RetireePension.PaymentMode;
import ma.cimr.teleservices.retiree.SuspensionReason;
import ma.cimr.teleservices.shared.value.Money;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The pension file: its holder, how it is paid, whether it is suspended, and the months paid (read only: the run writes them). */
public interface RetireeRepository {

    Optional<RetireePension> findPension(long retireeId);

    List<PensionPayment> payments(long retireeId, int offset, int limit);

    int paymentCount(long retireeId);

    Optional<RetireeContact> contact(long retireeId);

    /** The affiliate whose career a retiree's own pension (not a survivor's) was liquidated from. */
    Optional<Long> ownCareerAffiliate(long retireeId);

    /** Gross and net paid for the months of that year. */
    YearPaid paidIn(long retireeId, int year);

    record YearPaid(Money gross, Money net, int months) {
    }

    /** Sets the suspension unless the pension is already suspended; whether it did. */
    boolean suspend(long retireeId, LocalDate since, SuspensionReason reason);

    /** Lifts a suspension for that reason only; whether there was one. */
    boolean resume(long retireeId, SuspensionReason reason);

    void changePayment(long retireeId, PaymentMode mode, @Nullable String rib);

    void changeAddress(long retireeId, String address, String country);

    void changeFamilySituation(long retireeId, String situation);
}
