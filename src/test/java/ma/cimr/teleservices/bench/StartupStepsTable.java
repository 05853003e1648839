package ma.cimr.teleservices.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The start's profile in the benchmark's output (DD051): one start of the portal and one of the
 * minimal application, each recorded by Spring's own startup steps ({@code ma.cimr.floor.StartupSteps}),
 * printed side by side by group, with the portal's costliest beans of its own. What the portal's
 * start does that the minimal application's does not, in Spring's words rather than a sampler's.
 */
final class StartupStepsTable {

    private static final int BEANS_SHOWN = 12;

    private StartupStepsTable() {
    }

    static void print(String portalJdbcUrl) throws Exception {
        Recorded portal = Recorded.of(ServerProcess.startupSteps(portalJdbcUrl));
        Recorded minimal = Recorded.of(ServerProcess.startupSteps(null));
        System.out.println("  Spring's startup steps, one start of each (each step's own time, less its sub-steps'):");
        System.out.println("  | group | portal ms | minimal ms | difference |");
        System.out.println("  |---|---:|---:|---:|");
        var groups = new TreeSet<String>(Comparator.comparingDouble((String group) -> -(portal.ms(group) - minimal.ms(group)))
                .thenComparing(Comparator.naturalOrder()));
        groups.addAll(portal.groups().keySet());
        groups.addAll(minimal.groups().keySet());
        for (String group : groups) {
            System.out.printf("  | %s | %,.0f | %,.0f | %+,.0f |%n", group, portal.ms(group), minimal.ms(group),
                    portal.ms(group) - minimal.ms(group));
        }
        System.out.printf("  | all steps recorded | %,.0f | %,.0f | %+,.0f |%n", portal.total(), minimal.total(),
                portal.total() - minimal.total());
        System.out.printf("  | JVM start to context ready (the rest: the JVM's own start, the management server's context) | %,.0f | %,.0f | %+,.0f |%n",
                portal.readyMs(), minimal.readyMs(), portal.readyMs() - minimal.readyMs());
        System.out.print("  the portal's costliest beans of its own (ms):");
        portal.beans().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(BEANS_SHOWN)
                .forEach(bean -> System.out.printf(" %s %.0f;", bean.getKey(), bean.getValue()));
        System.out.println();
    }

    private record Recorded(Map<String, Double> groups, Map<String, Double> beans, double readyMs) {

        static Recorded of(List<String> lines) {
            Map<String, Double> groups = new LinkedHashMap<>();
            Map<String, Double> beans = new LinkedHashMap<>();
            double ready = Double.NaN;
            for (String line : lines) {
                if (line.startsWith("READY ")) {
                    ready = Double.parseDouble(line.substring("READY ".length()));
                } else if (line.startsWith("STEP ")) {
                    int tab = line.lastIndexOf('\t');
                    groups.merge(line.substring("STEP ".length(), tab), Double.parseDouble(line.substring(tab + 1)), Double::sum);
                } else if (line.startsWith("BEAN ")) {
                    String[] parts = line.split(" ");
                    beans.merge(parts[1], Double.parseDouble(parts[2]), Double::sum);
                }
            }
            if (groups.isEmpty() || Double.isNaN(ready)) {
                throw new IllegalStateException("no startup steps recorded: see target/bench/startup-steps.log");
            }
            return new Recorded(groups, beans, ready);
        }

        double ms(String group) {
            return groups.getOrDefault(group, 0.0);
        }

        double total() {
            return groups.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }
}
