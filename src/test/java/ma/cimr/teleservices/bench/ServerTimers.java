package ma.cimr.teleservices.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;

/**
 * The portal's own round-trip timers ({@code portal_ui_request_seconds}, {@code
 * portal_ui_request_queries}: {@code shared.monitoring.RoundTripMetrics}) as its Prometheus
 * endpoint shows them: read before and after a run, the difference is the run's. Percentiles come
 * from the histogram's buckets, so they are the bucket's upper bound.
 */
record ServerTimers(Map<Double, Double> secondsBuckets, double count, double seconds, Map<Double, Double> queryBuckets,
                    double queries) {

    static ServerTimers read(String prometheusUrl) throws IOException, InterruptedException {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(prometheusUrl)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Map<Double, Double> secondsBuckets = new TreeMap<>();
        Map<Double, Double> queryBuckets = new TreeMap<>();
        double count = 0;
        double seconds = 0;
        double queries = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("portal_ui_request_seconds_bucket")) {
                secondsBuckets.put(le(line), value(line));
            } else if (line.startsWith("portal_ui_request_queries_bucket")) {
                queryBuckets.put(le(line), value(line));
            } else if (line.startsWith("portal_ui_request_seconds_count")) {
                count = value(line);
            } else if (line.startsWith("portal_ui_request_seconds_sum")) {
                seconds = value(line);
            } else if (line.startsWith("portal_ui_request_queries_sum")) {
                queries = value(line);
            }
        }
        return new ServerTimers(secondsBuckets, count, seconds, queryBuckets, queries);
    }

    /** What happened between {@code before} and this reading. */
    ServerTimers since(ServerTimers before) {
        return new ServerTimers(minus(secondsBuckets, before.secondsBuckets), count - before.count,
                seconds - before.seconds, minus(queryBuckets, before.queryBuckets), queries - before.queries);
    }

    /** The upper bound of the bucket the quantile falls in, in milliseconds. */
    double handlingMs(double quantile) {
        return upperBound(secondsBuckets, quantile) * 1000;
    }

    double queriesAt(double quantile) {
        return upperBound(queryBuckets, quantile);
    }

    private double upperBound(Map<Double, Double> cumulative, double quantile) {
        double total = cumulative.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (total > 0 && bucket.getValue() >= quantile * total) {
                return bucket.getKey();
            }
        }
        return Double.NaN;
    }

    private static Map<Double, Double> minus(Map<Double, Double> after, Map<Double, Double> before) {
        Map<Double, Double> difference = new TreeMap<>();
        after.forEach((le, value) -> difference.put(le, value - before.getOrDefault(le, 0.0)));
        return difference;
    }

    private static double le(String line) {
        int start = line.indexOf("le=\"") + 4;
        String bound = line.substring(start, line.indexOf('"', start));
        return bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }
}
