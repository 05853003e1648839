package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.RequestReadModel.HandledRequest;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The charter measured against itself: for each commitment, how many requests, the share
 * answered in time and the median time, computed from the requests' own timestamps. Figures only,
 * no person: the same numbers are public on the transparency page.
 */
@Service
public class CharterDashboard {

    private final RequestReadModel requests;
    private final RequestTypes types;
    private final CharterService charter;
    private final HolidayService holidays;

    CharterDashboard(RequestReadModel requests, RequestTypes types, CharterService charter,
                     HolidayService holidays) {
        this.requests = requests;
        this.types = types;
        this.charter = charter;
        this.holidays = holidays;
    }

    /** The first day of the twelve months ending on {@code to}: the period the charter is shown over by default. */
    public static LocalDate twelveMonthsEndingOn(LocalDate to) {
        return to.minusMonths(12).plusDays(1);
    }

    /** Every commitment of the charter, in its order, for requests received from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<CommitmentFigures> figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refusal("dashboard.error.period");
        }
        BusinessCalendar calendar = holidays.calendar();
        Map<String, List<HandledRequest>> byCommitment = requests.handledBetween(
                        from.atStartOfDay(BusinessCalendar.ZONE).toInstant(),
                        to.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant())
                .stream()
                .collect(Collectors.groupingBy(request -> key(types.get(request.typeCode()))));
        List<CommitmentFigures> figures = new ArrayList<>();
        for (Population population : Population.values()) {
            for (ServiceCommitment commitment : charter.commitments(population)) {
                figures.add(measure(commitment, byCommitment.getOrDefault(key(commitment), List.of()), calendar));
            }
        }
        return figures;
    }

    private static CommitmentFigures measure(ServiceCommitment commitment, List<HandledRequest> handled,
                                             BusinessCalendar calendar) {
        int answered = 0;
        int inTime = 0;
        List<Integer> durations = new ArrayList<>();
        for (HandledRequest request : handled) {
            if (request.answeredAt() == null) {
                continue;
            }
            answered++;
            LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), BusinessCalendar.ZONE);
            LocalDate answeredOn = LocalDate.ofInstant(request.answeredAt(), BusinessCalendar.ZONE);
            if (!answeredOn.isAfter(request.dueDate())) {
                inTime++;
            }
            durations.add(Math.max(0, calendar.businessDaysBetween(receivedOn, answeredOn)));
        }
        return new CommitmentFigures(commitment, handled.size(), answered, inTime, median(durations));
    }

    static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        int[] sorted = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    private static String key(RequestType type) {
        return type.population() + "/" + type.commitmentNumber();
    }

    private static String key(ServiceCommitment commitment) {
        return commitment.population() + "/" + commitment.number();
    }
}
