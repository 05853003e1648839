package ma.cimr.teleservices.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU seconds that groups of processes used over a run, read from {@code /proc/<pid>/stat} (Linux
 * only), so the load test can say how much of the machine went to the browser and how much to the
 * portal: on one machine the browser's cost is part of the round trips it times. Sampled every
 * second, because Chromium's renderers come and go with the windows: a process seen for the first
 * time during the run counts from zero, one that ends counts up to its last sample.
 */
final class ProcessCpu {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on every Linux we run on

    private final Map<Long, Double> first = new HashMap<>();
    private final Map<Long, Double> last = new HashMap<>();
    private final Map<Long, String> group = new HashMap<>();

    /** Samples the processes of each group (name → root process; with its descendants unless the name ends in "!"). */
    synchronized void sample(Map<String, Long> roots, boolean atStart) {
        Set<Long> claimed = new java.util.HashSet<>();
        roots.forEach((name, root) -> {
            boolean alone = name.endsWith("!");
            Stream<ProcessHandle> processes = ProcessHandle.of(root).stream()
                    .flatMap(p -> alone ? Stream.of(p) : Stream.concat(Stream.of(p), p.descendants()));
            for (ProcessHandle process : processes.collect(Collectors.toList())) {
                if (!claimed.add(process.pid())) {
                    continue; // a group named earlier took it
                }
                double seconds = own(process.pid());
                if (seconds < 0) {
                    continue;
                }
                group.put(process.pid(), alone ? name.substring(0, name.length() - 1) : name);
                first.putIfAbsent(process.pid(), atStart ? seconds : 0.0);
                last.put(process.pid(), seconds);
            }
        });
    }

    /** CPU seconds of a group between the first sample and the last. */
    synchronized double used(String name) {
        return last.entrySet().stream().filter(e -> name.equals(group.get(e.getKey())))
                .mapToDouble(e -> e.getValue() - first.getOrDefault(e.getKey(), 0.0)).sum();
    }

    /**
     * The embedded PostgreSQL server the given process is connected to: its {@code pg_ctl} leaves
     * it a child of init, so it is found by the port of the process's own connections.
     */
    static long postgresOf(long pid) throws IOException {
        Set<String> sockets = new java.util.HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            });
        }
        Set<Integer> ports = new java.util.HashSet<>();
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table)).size())) {
                String[] f = line.trim().split("\\s+");
                if (sockets.contains(f[9])) {
                    ports.add(Integer.parseInt(f[2].substring(f[2].indexOf(':') + 1), 16));
                }
            }
        }
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").matches(".*/bin/postgres -D .*"))
                .filter(p -> {
                    java.util.regex.Matcher port = java.util.regex.Pattern.compile(" -p (\\d+)").matcher(p.info().commandLine().orElse(""));
                    return port.find() && ports.contains(Integer.parseInt(port.group(1)));
                })
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    /** The process's own user + system CPU seconds, or -1 once it has gone. */
    static double own(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
