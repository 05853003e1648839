package ma.cimr.teleservices.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The live objects of a JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them
 * (a full collection first, so only what is still reachable counts): two of them, taken before and
 * after people sign in, say how much each session holds and of which classes.
 */
record HeapHistogram(long totalBytes, Map<String, long[]> byClass) {

    /** From the text {@code jcmd <pid> GC.class_histogram} prints. */
    static HeapHistogram parse(String text) {
        Map<String, long[]> byClass = new HashMap<>();
        long total = 0;
        for (String line : text.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                byClass.merge(parts[3], new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2])},
                        (a, b) -> new long[]{a[0] + b[0], a[1] + b[1]});
            } else if (parts.length >= 3 && parts[0].equals("Total")) {
                total = Long.parseLong(parts[2]);
            }
        }
        if (total == 0) {
            throw new IllegalStateException("not a class histogram: " + text);
        }
        return new HeapHistogram(total, byClass);
    }

    /** Instances and bytes of each class in this histogram minus the earlier one. */
    Map<String, long[]> minus(HeapHistogram before) {
        Map<String, long[]> difference = new HashMap<>();
        byClass.forEach((name, counts) -> {
            long[] earlier = before.byClass.getOrDefault(name, new long[2]);
            difference.put(name, new long[]{counts[0] - earlier[0], counts[1] - earlier[1]});
        });
        before.byClass.forEach((name, counts) -> difference.putIfAbsent(name, new long[]{-counts[0], -counts[1]}));
        return difference;
    }
}
