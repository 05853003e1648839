package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.ServiceCommitmentRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The client charter's commitments, public by nature: anyone may read them. */
@Service
public class CharterService {

    private final ServiceCommitmentRepository commitments;
    private final HolidayService holidays;

    CharterService(ServiceCommitmentRepository commitments, HolidayService holidays) {
        this.commitments = commitments;
        this.holidays = holidays;
    }

    @Transactional(readOnly = true)
    public List<ServiceCommitment> commitments(Population population) {
        return commitments.findByPopulation(population);
    }

    /**
     * The day a commitment falls due for a request received on {@code receivedOn}, counted in
     * business days; none for a commitment that is a calendar rule ("on the first of each month").
     */
    public Optional<LocalDate> dueOn(ServiceCommitment commitment, LocalDate receivedOn) {
        Integer days = commitment.deadlineBusinessDays();
        return days == null ? Optional.empty() : Optional.of(holidays.calendar().plusBusinessDays(receivedOn, days));
    }
}
