package ma.cimr.teleservices.request;

import ma.cimr.teleservices.parameter.HolidayService;
import ma.cimr.teleservices.request.repository.RequestReadModel;
import ma.cimr.teleservices.request.repository.RequestReadModel.HandledRequest;
import ma.cimr.teleservices.shared.BusinessCalendar;
import ma.cimr.teleservices.shared.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The charter measured against itself: for each commitment, how many requests, the share
 * answered in time and the median time, computed from the requests' own timestamps. Figures only,
 * no person: the same numbers are public on the transparency page. A request's first answer is
 * measured against the deadline committed when its clock started: a delay notice, an escalation or
 * a reopening moves the date the requester works to, never the figure (DD023).
 */
@Service
public class CharterDashboard {

    private final RequestReadModel requests;
    private final RequestTypes types;
    private final CharterService charter;
    private final HolidayService holidays;
    private final Map<String, CommitmentMeasure> measures;

    CharterDashboard(RequestReadModel requests, RequestTypes types, CharterService charter,
                     HolidayService holidays, List<CommitmentMeasure> measures) {
        this.requests = requests;
        this.types = types;
        this.charter = charter;
        this.holidays = holidays;
        this.measures = measures.stream().collect(Collectors.toMap(
                measure -> measure.population() + "/" + measure.number(), measure -> measure));
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
        // the types the charter excludes from their commitment (pensions paid abroad) count in their scheme only
        Map<String, List<HandledRequest>> byCommitment = handled(from, to).stream()
                .filter(request -> types.get(request.typeCode()).countedInCommitment())
                .collect(Collectors.groupingBy(request -> key(types.get(request.typeCode()))));
        List<CommitmentFigures> figures = new ArrayList<>();
        for (Population population : Population.values()) {
            for (ServiceCommitment commitment : charter.commitments(population)) {
                List<HandledRequest> handled = byCommitment.getOrDefault(key(commitment), List.of());
                Answers answers = answers(handled, calendar);
                // a commitment kept by a feature's own records (the pension run) adds its events (DD037)
                CommitmentMeasure measure = measures.get(key(commitment));
                CommitmentMeasure.Events events = measure == null ? CommitmentMeasure.Events.NONE
                        : measure.events(commitment, from, to, calendar);
                List<Integer> durations = new ArrayList<>(answers.durations());
                durations.addAll(events.businessDays());
                figures.add(new CommitmentFigures(commitment, handled.size() + events.received(),
                        answers.answered() + events.answered(), answers.inTime() + events.answeredInTime(),
                        median(durations)));
            }
        }
        return figures;
    }

    /**
     * Every complaint-handling scheme, for complaints received from {@code from} to {@code to}: its
     * acknowledgement delay and its answer delay, whatever commitment its types are filed under.
     */
    @Transactional(readOnly = true)
    public List<SchemeFigures> schemeFigures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new Refusal("dashboard.error.period");
        }
        BusinessCalendar calendar = holidays.calendar();
        Map<String, List<HandledRequest>> byScheme = new HashMap<>();
        for (HandledRequest request : handled(from, to)) {
            ComplaintScheme scheme = types.get(request.typeCode()).complaintScheme();
            if (scheme != null) {
                byScheme.computeIfAbsent(scheme.code(), code -> new ArrayList<>()).add(request);
            }
        }
        Map<String, ComplaintScheme> schemes = new TreeMap<>();
        types.all().stream().map(RequestType::complaintScheme).filter(Objects::nonNull)
                .forEach(scheme -> schemes.putIfAbsent(scheme.code(), scheme));
        List<SchemeFigures> figures = new ArrayList<>();
        for (ComplaintScheme scheme : schemes.values()) {
            List<HandledRequest> handled = byScheme.getOrDefault(scheme.code(), List.of());
            int acknowledgedInTime = (int) handled.stream()
                    .filter(request -> !LocalDate.ofInstant(request.acknowledgedAt(), BusinessCalendar.ZONE)
                            .isAfter(request.acknowledgementDueDate()))
                    .count();
            Answers answers = answers(handled, calendar);
            figures.add(new SchemeFigures(scheme, handled.size(), acknowledgedInTime, answers.answered(),
                    answers.inTime(), answers.medianBusinessDays()));
        }
        return figures;
    }

    private List<HandledRequest> handled(LocalDate from, LocalDate to) {
        return requests.handledBetween(from.atStartOfDay(BusinessCalendar.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(BusinessCalendar.ZONE).toInstant());
    }

    /** How many were answered, how many of them by the committed deadline, and the median time. */
    private record Answers(int answered, int inTime, List<Integer> durations) {

        @Nullable Double medianBusinessDays() {
            return median(durations);
        }
    }

    private static Answers answers(List<HandledRequest> handled, BusinessCalendar calendar) {
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
            if (!answeredOn.isAfter(request.committedDueDate())) {
                inTime++;
            }
            durations.add(Math.max(0, calendar.businessDaysBetween(receivedOn, answeredOn)));
        }
        return new Answers(answered, inTime, durations);
    }

    static @Nullable Double median(List<Integer> values) {
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
