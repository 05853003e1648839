package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;

import java.util.List;

public interface ServiceCommitmentRepository {

    /** In the charter's numbering. */
    List<ServiceCommitment> findByPopulation(Population population);
}
