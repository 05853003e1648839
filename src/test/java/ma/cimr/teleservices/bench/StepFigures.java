package ma.cimr.teleservices.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the load test saw of one step (opening the statement, running the simulator...), from all
 * the simulated people together: the whole step as the person waits for it (from its first request
 * to its last answer), each Vaadin round trip it made as the client timed it, the server's handling
 * time and query count of each (the portal's log, by request id), and the failures.
 */
final class StepFigures {

    private final List<Double> stepMs = new ArrayList<>();
    private final List<Double> roundTripMs = new ArrayList<>();
    private final List<Double> serverMs = new ArrayList<>();
    private final List<Double> queries = new ArrayList<>();
    private int errors;

    synchronized void addStep(double ms) {
        stepMs.add(ms);
    }

    private final List<String> requestIds = new ArrayList<>();

    synchronized void roundTrip(double clientMs, @Nullable String requestId) {
        roundTripMs.add(clientMs);
        if (requestId != null) {
            requestIds.add(requestId);
        }
    }

    /** The server's figures of this step's round trips, by request id ([ms, queries]), from the portal's log. */
    synchronized void server(Map<String, double[]> byRequestId) {
        for (String id : requestIds) {
            double[] figures = byRequestId.get(id);
            if (figures != null) {
                serverMs.add(figures[0]);
                queries.add(figures[1]);
            }
        }
    }

    synchronized void error() {
        errors++;
    }

    synchronized int steps() {
        return stepMs.size();
    }

    synchronized int roundTrips() {
        return roundTripMs.size();
    }

    synchronized int errors() {
        return errors;
    }

    synchronized double stepAt(double quantile) {
        return percentile(stepMs, quantile);
    }

    synchronized double roundTripAt(double quantile) {
        return percentile(roundTripMs, quantile);
    }

    synchronized double server(double quantile) {
        return percentile(serverMs, quantile);
    }

    synchronized double queriesPerRoundTrip() {
        return queries.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    synchronized List<Double> roundTrips(List<Double> into) {
        into.addAll(roundTripMs);
        return into;
    }

    /** Nearest rank: the value below which the given share of the samples lie. */
    static double percentile(List<Double> samples, double quantile) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
