package ma.cimr.teleservices.retiree.repository;

import ma.cimr.teleservices.retiree.PensionPayment;
import ma.cimr.teleservices.retiree.RetireePension;

import java.util.List;
import java.util.Optional;

public interface RetireeRepository {

    Optional<RetireePension> findPension(long retireeId);

    List<PensionPayment> payments(long retireeId, int offset, int limit);

    int paymentCount(long retireeId);
}
