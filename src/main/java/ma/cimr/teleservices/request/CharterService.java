package ma.cimr.teleservices.request;

import ma.cimr.teleservices.request.repository.ServiceCommitmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The client charter's commitments, public by nature: anyone may read them. */
@Service
public class CharterService {

    private final ServiceCommitmentRepository commitments;

    CharterService(ServiceCommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @Transactional(readOnly = true)
    public List<ServiceCommitment> commitments(Population population) {
        return commitments.findByPopulation(population);
    }
}
