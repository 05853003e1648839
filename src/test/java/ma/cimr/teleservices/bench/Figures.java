package ma.cimr.teleservices.bench;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figures each benchmark leaves behind when it runs, by name, for {@link PerformanceFigures}
 * to put in its table: the benchmarks stay runnable alone and print what they always printed.
 */
final class Figures {

    private static final Map<String, Double> RECORDED = new ConcurrentHashMap<>();

    private Figures() {
    }

    static void record(String name, double value) {
        RECORDED.put(name, value);
    }

    static OptionalDouble get(String name) {
        Double value = RECORDED.get(name);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
