package ma.cimr.teleservices.request.repository;

import ma.cimr.teleservices.request.Population;
import ma.cimr.teleservices.request.ServiceCommitment;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;

import static ma.cimr.teleservices.jooq.Tables.SERVICE_COMMITMENT;

@Repository
class JooqServiceCommitmentRepository implements ServiceCommitmentRepository {

    private final DSLContext dsl;

    JooqServiceCommitmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ServiceCommitment> findByPopulation(Population population) {
        return dsl.selectFrom(SERVICE_COMMITMENT)
                .where(SERVICE_COMMITMENT.POPULATION.eq(population))
                .orderBy(SERVICE_COMMITMENT.NUMBER)
                .fetch(row -> new ServiceCommitment(population, row.getNumber(), row.getLabelFr(),
                        row.getLabelAr(), row.getLabelEn(),
                        row.getDeadlineBusinessDays() == null ? null : row.getDeadlineBusinessDays().intValue()));
    }
}
