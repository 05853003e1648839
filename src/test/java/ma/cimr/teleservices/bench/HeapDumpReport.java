package ma.cimr.teleservices.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds a session's bytes (issue 15, DD048): a class histogram says which classes grew, not
 * which view keeps them. This reads a heap dump ({@code jcmd <pid> GC.heap_dump <file>}, live objects
 * only), computes the dominator tree of the object graph (Cooper, Harvey and Kennedy's iterative
 * algorithm) and prints, for every HTTP session (Tomcat's {@code StandardSession}: it holds the
 * Vaadin session, its UIs and Spring Security's context), what it alone keeps alive, grouped by the
 * nearest object of the portal's own classes ({@code ma.cimr.*}) that dominates it, and the largest
 * single objects with their path (class and field) from the session. No library: the HPROF format is
 * small, and a tool that resolves offline here was not found.
 * Not a test; {@code SessionMemoryBenchmark -Dbench.heapDump=true} writes the dumps, or alone:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=ma.cimr.teleservices.bench.HeapDumpReport -Dexec.args=target/bench/delegate.hprof}
 * ({@code -Dbench.sessionClass} to take another class as the root, {@code -Dbench.top} rows).
 */
public final class HeapDumpReport {

    private static final String SESSION_CLASS = System.getProperty("bench.sessionClass",
            "org.apache.catalina.session.StandardSession");
    private static final int TOP = Integer.getInteger("bench.top", 25);

    private final MappedByteBuffer in;
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, ClassInfo> classes = new HashMap<>();
    private final LongIntMap index = new LongIntMap();
    private long[] ids = new long[1 << 20];
    private int[] offsets = new int[1 << 20];
    private byte[] kinds = new byte[1 << 20];
    private int nodes = 1; // 0: the super-root, above every GC root
    private final List<Long> roots = new ArrayList<>();
    private final Map<Integer, String> componentName = new HashMap<>();
    private int[] edgeStart;
    private int[] edges;
    private int[] size;
    private int[] idom;

    private static final byte INSTANCE = 1, OBJECT_ARRAY = 2, PRIMITIVE_ARRAY = 3, CLASS = 4;

    /** A class's instance fields in dump order (its own, then its superclasses'), and its static references. */
    private record ClassInfo(long id, long superId, byte[] fieldTypes, long[] fieldNames, long[] staticRefs) {
    }

    private HeapDumpReport(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"); FileChannel channel = raf.getChannel()) {
            if (channel.size() > Integer.MAX_VALUE) {
                throw new IllegalStateException(file + " is over 2 GB");
            }
            in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    /** The median session's retained bytes in the last dump read (what SessionMemoryBenchmark reports). */
    static volatile long lastMedianRetained = -1;

    public static void main(String[] args) throws IOException {
        for (String file : args) {
            HeapDumpReport report = new HeapDumpReport(Path.of(file));
            report.read();
            report.link();
            report.dominate();
            System.out.println("=== " + file);
            report.print(System.out);
        }
    }

    // ---- reading -------------------------------------------------------------------------------

    private void read() {
        while (in.get() != 0) { // "JAVA PROFILE 1.0.2\0"
        }
        idSize = in.getInt();
        in.getLong();
        while (in.hasRemaining()) {
            int tag = in.get() & 0xFF;
            in.getInt();
            int length = in.getInt();
            int end = in.position() + length;
            switch (tag) {
                case 0x01 -> {
                    long id = id();
                    byte[] text = new byte[length - idSize];
                    in.get(text);
                    strings.put(id, new String(text, StandardCharsets.UTF_8));
                }
                case 0x02 -> {
                    in.getInt();
                    long classId = id();
                    in.getInt();
                    classNames.put(classId, strings.getOrDefault(id(), "?").replace('/', '.'));
                }
                case 0x0C, 0x1C -> heapDump(end);
                default -> {
                }
            }
            in.position(end);
        }
    }

    private void heapDump(int end) {
        while (in.position() < end) {
            int start = in.position();
            int sub = in.get() & 0xFF;
            switch (sub) {
                case 0xFF, 0x05, 0x07 -> roots.add(id());
                case 0x01 -> { roots.add(id()); id(); }
                case 0x02, 0x03, 0x08 -> { roots.add(id()); in.getInt(); in.getInt(); }
                case 0x04, 0x06 -> { roots.add(id()); in.getInt(); }
                case 0x20 -> classDump(start);
                case 0x21 -> {
                    node(id(), start, INSTANCE);
                    in.getInt();
                    id();
                    skip(in.getInt());
                }
                case 0x22 -> {
                    node(id(), start, OBJECT_ARRAY);
                    in.getInt();
                    int n = in.getInt();
                    id();
                    skip(n * idSize);
                }
                case 0x23 -> {
                    node(id(), start, PRIMITIVE_ARRAY);
                    in.getInt();
                    int n = in.getInt();
                    skip(n * width(in.get()));
                }
                default -> throw new IllegalStateException("unknown heap dump record " + sub + " at " + start);
            }
        }
    }

    private void classDump(int start) {
        long id = id();
        node(id, start, CLASS);
        in.getInt();
        long superId = id();
        for (int i = 0; i < 5; i++) {
            id();
        }
        in.getInt();
        int constants = in.getShort() & 0xFFFF;
        for (int i = 0; i < constants; i++) {
            in.getShort();
            skip(width(in.get()));
        }
        int statics = in.getShort() & 0xFFFF;
        List<Long> staticRefs = new ArrayList<>();
        for (int i = 0; i < statics; i++) {
            id();
            byte type = in.get();
            if (type == 2) {
                staticRefs.add(id());
            } else {
                skip(width(type));
            }
        }
        int fields = in.getShort() & 0xFFFF;
        byte[] types = new byte[fields];
        long[] names = new long[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = id();
            types[i] = in.get();
        }
        classes.put(id, new ClassInfo(id, superId, types, names, staticRefs.stream().mapToLong(Long::longValue).toArray()));
    }

    private void node(long id, int offset, byte kind) {
        if (nodes == ids.length) {
            ids = Arrays.copyOf(ids, nodes * 2);
            offsets = Arrays.copyOf(offsets, nodes * 2);
            kinds = Arrays.copyOf(kinds, nodes * 2);
        }
        ids[nodes] = id;
        offsets[nodes] = offset;
        kinds[nodes] = kind;
        index.put(id, nodes++);
    }

    private long id() {
        return idSize == 8 ? in.getLong() : in.getInt() & 0xFFFFFFFFL;
    }

    private void skip(int bytes) {
        in.position(in.position() + bytes);
    }

    private int width(byte type) {
        return switch (type) {
            case 2 -> idSize;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            case 6, 10 -> 4;
            case 7, 11 -> 8;
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    /** The heap's own width: references are compressed to 4 bytes under 32 GB. */
    private static int heapWidth(byte type) {
        return switch (type) {
            case 2, 6, 10 -> 4;
            case 4, 8 -> 1;
            case 5, 9 -> 2;
            default -> 8;
        };
    }

    // ---- the graph -------------------------------------------------------------------------------

    /** Out-edges of every node, in two passes (count, then fill), and each node's shallow size. */
    private void link() {
        size = new int[nodes];
        edgeStart = new int[nodes + 1];
        int[] count = new int[nodes];
        count[0] = roots.size();
        for (int n = 1; n < nodes; n++) {
            count[n] = references(n, null, 0);
        }
        for (int n = 0; n < nodes; n++) {
            edgeStart[n + 1] = edgeStart[n] + count[n];
        }
        edges = new int[edgeStart[nodes]];
        int e = 0;
        for (long root : roots) {
            edges[e++] = index.get(root);
        }
        for (int n = 1; n < nodes; n++) {
            references(n, edges, edgeStart[n]);
        }
    }

    /** The references a node holds (written from {@code at} when {@code into} is given); -1 for an unknown id. */
    private int references(int n, int[] into, int at) {
        in.position(offsets[n] + 1);
        long self = id();
        int found = 0;
        switch (kinds[n]) {
            case INSTANCE -> {
                in.getInt();
                long classId = id();
                in.getInt();
                int fieldBytes = 12;
                for (ClassInfo c = classes.get(classId); c != null; c = classes.get(c.superId())) {
                    for (byte type : c.fieldTypes()) {
                        fieldBytes += heapWidth(type);
                        if (type == 2) {
                            long ref = id();
                            if (ref != 0 && into != null) {
                                into[at + found] = index.get(ref);
                            }
                            found += ref != 0 ? 1 : 0;
                        } else {
                            skip(width(type));
                        }
                    }
                }
                size[n] = align(fieldBytes);
            }
            case OBJECT_ARRAY -> {
                in.getInt();
                int length = in.getInt();
                id();
                for (int i = 0; i < length; i++) {
                    long ref = id();
                    if (ref != 0) {
                        if (into != null) {
                            into[at + found] = index.get(ref);
                        }
                        found++;
                    }
                }
                size[n] = align(16 + 4 * length);
            }
            case PRIMITIVE_ARRAY -> {
                in.getInt();
                int length = in.getInt();
                size[n] = align(16 + length * heapWidth(in.get()));
            }
            case CLASS -> {
                for (long ref : classes.get(self).staticRefs()) {
                    if (ref != 0) {
                        if (into != null) {
                            into[at + found] = index.get(ref);
                        }
                        found++;
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        return found;
    }

    private static int align(int bytes) {
        return (bytes + 7) & ~7;
    }

    // ---- dominators ------------------------------------------------------------------------------

    private int[] postorder;
    private int[] byPostorder;

    private void dominate() {
        postorder = new int[nodes];
        Arrays.fill(postorder, -1);
        byPostorder = new int[nodes];
        int[] stack = new int[nodes];
        int[] next = new int[nodes];
        boolean[] seen = new boolean[nodes];
        int top = 0, order = 0;
        stack[0] = 0;
        seen[0] = true;
        next[0] = edgeStart[0];
        while (top >= 0) {
            int n = stack[top];
            if (next[n] < edgeStart[n + 1]) {
                int m = edges[next[n]++];
                if (m > 0 && !seen[m]) {
                    seen[m] = true;
                    next[m] = edgeStart[m];
                    stack[++top] = m;
                }
            } else {
                postorder[n] = order;
                byPostorder[order++] = n;
                top--;
            }
        }
        int reachable = order;
        // predecessors of every reachable node
        int[] predStart = new int[nodes + 1];
        for (int n = 0; n < nodes; n++) {
            if (postorder[n] >= 0) {
                for (int e = edgeStart[n]; e < edgeStart[n + 1]; e++) {
                    if (edges[e] > 0) {
                        predStart[edges[e] + 1]++;
                    }
                }
            }
        }
        for (int n = 0; n < nodes; n++) {
            predStart[n + 1] += predStart[n];
        }
        int[] preds = new int[predStart[nodes]];
        int[] fill = Arrays.copyOf(predStart, nodes);
        for (int n = 0; n < nodes; n++) {
            if (postorder[n] >= 0) {
                for (int e = edgeStart[n]; e < edgeStart[n + 1]; e++) {
                    if (edges[e] > 0) {
                        preds[fill[edges[e]]++] = n;
                    }
                }
            }
        }
        idom = new int[nodes];
        Arrays.fill(idom, -1);
        idom[0] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = reachable - 2; i >= 0; i--) {
                int b = byPostorder[i];
                int chosen = -1;
                for (int p = predStart[b]; p < predStart[b + 1]; p++) {
                    int pred = preds[p];
                    if (idom[pred] >= 0) {
                        chosen = chosen < 0 ? pred : intersect(pred, chosen);
                    }
                }
                if (idom[b] != chosen) {
                    idom[b] = chosen;
                    changed = true;
                }
            }
        }
    }

    private int intersect(int a, int b) {
        while (a != b) {
            while (postorder[a] < postorder[b]) {
                a = idom[a];
            }
            while (postorder[b] < postorder[a]) {
                b = idom[b];
            }
        }
        return a;
    }

    // ---- the report ------------------------------------------------------------------------------

    private String className(int n) {
        in.position(offsets[n] + 1);
        id();
        return switch (kinds[n]) {
            case INSTANCE -> {
                in.getInt();
                yield classNames.getOrDefault(id(), "?");
            }
            case OBJECT_ARRAY -> {
                in.getInt();
                in.getInt();
                yield classNames.getOrDefault(id(), "?");
            }
            case PRIMITIVE_ARRAY -> {
                in.getInt();
                in.getInt();
                yield switch (in.get()) {
                    case 4 -> "[Z";
                    case 5 -> "[C";
                    case 6 -> "[F";
                    case 7 -> "[D";
                    case 8 -> "[B";
                    case 9 -> "[S";
                    case 10 -> "[I";
                    default -> "[J";
                };
            }
            default -> "class " + classNames.getOrDefault(ids[n], "?");
        };
    }

    /** The field (or array index) of {@code holder} that refers to {@code held}, if a direct one. */
    private String field(int holder, int held) {
        in.position(offsets[holder] + 1);
        long self = id();
        long target = ids[held];
        switch (kinds[holder]) {
            case INSTANCE -> {
                in.getInt();
                long classId = id();
                in.getInt();
                for (ClassInfo c = classes.get(classId); c != null; c = classes.get(c.superId())) {
                    for (int i = 0; i < c.fieldTypes().length; i++) {
                        if (c.fieldTypes()[i] == 2) {
                            if (id() == target) {
                                return "." + strings.getOrDefault(c.fieldNames()[i], "?");
                            }
                        } else {
                            skip(width(c.fieldTypes()[i]));
                        }
                    }
                }
            }
            case OBJECT_ARRAY -> {
                in.getInt();
                int length = in.getInt();
                id();
                for (int i = 0; i < length; i++) {
                    if (id() == target) {
                        return "[" + i + "]";
                    }
                }
            }
            case CLASS -> {
                return " (static)";
            }
            default -> {
            }
        }
        return " ~>"; // held through objects it alone reaches
    }

    private void print(java.io.PrintStream out) {
        long[] retained = new long[nodes];
        for (int n = 0; n < nodes; n++) {
            retained[n] = postorder[n] >= 0 ? size[n] : 0;
        }
        int order = 0;
        for (int n = 0; n < nodes; n++) {
            order = Math.max(order, postorder[n] + 1);
        }
        for (int i = 0; i < order - 1; i++) {
            int b = byPostorder[i];
            retained[idom[b]] += retained[b];
        }
        // the session each object belongs to (its nearest dominating session), and its nearest ma.cimr owner
        String[] name = new String[nodes];
        int[] session = new int[nodes];
        int[] owner = new int[nodes];
        Arrays.fill(session, -1);
        Arrays.fill(owner, -1);
        List<Integer> sessions = new ArrayList<>();
        for (int i = order - 2; i >= 0; i--) {
            int b = byPostorder[i];
            String cls = className(b);
            if (cls.equals(SESSION_CLASS)) {
                session[b] = b;
                sessions.add(b);
            } else {
                session[b] = session[idom[b]];
                if (session[b] >= 0) {
                    owner[b] = cls.startsWith("ma.cimr.") ? b : owner[idom[b]];
                    name[b] = cls;
                }
            }
        }
        if (sessions.isEmpty()) {
            out.println("no " + SESSION_CLASS + " in this dump");
            return;
        }
        long total = sessions.stream().mapToLong(s -> retained[s]).sum();
        long[] each = sessions.stream().mapToLong(s -> retained[s]).sorted().toArray();
        lastMedianRetained = each[each.length / 2];
        out.printf("%d objects, %d reachable; %d %s, retaining %.1f KB each on average (min %.1f, median %.1f, max %.1f)%n",
                nodes, order, sessions.size(), SESSION_CLASS, total / 1024.0 / sessions.size(), each[0] / 1024.0,
                each[each.length / 2] / 1024.0, each[each.length - 1] / 1024.0);
        Map<Integer, Integer> viewOf = viewOfStateNode(name, session);
        int[] stateNode = new int[nodes];
        Arrays.fill(stateNode, -1);
        for (int i = order - 2; i >= 0; i--) {
            int b = byPostorder[i];
            if (session[b] >= 0 && session[b] != b) {
                stateNode[b] = viewOf.containsKey(b) ? b : stateNode[idom[b]];
            }
        }
        Map<String, long[]> byView = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] >= 0 && session[n] != n && postorder[n] >= 0) {
                int view = stateNode[n] >= 0 ? viewOf.get(stateNode[n]) : -1;
                String key = view >= 0 ? name[view] : stateNode[n] >= 0 ? "(a UI's own nodes, above any portal component)"
                        : owner[n] >= 0 ? "(outside the UI tree) " + name[owner[n]]
                        : "(outside the UI tree) " + topmost(n, session[n], name) + " ~> " + name[n];
                byView.computeIfAbsent(key.replaceAll("\\$\\$SpringCGLIB\\$\\$0", ""), k -> new long[2])[0] += size[n];
            }
        }
        Map<String, Integer> counted = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] >= 0 && name[n] != null && (name[n].equals("com.vaadin.flow.component.UI")
                    || name[n].endsWith("View") || name[n].endsWith("View$$SpringCGLIB$$0") || name[n].endsWith("Layout"))) {
                counted.merge(name[n], 1, Integer::sum);
            }
        }
        out.printf("%nUIs and views per session:%n");
        counted.forEach((cls, count) -> out.printf("  %6.2f  %s%n", count / (double) sessions.size(), cls));
        out.printf("%nWhat the sessions keep, by the portal component (view, layout, part) whose element holds it (KB per session):%n");
        byView.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])).limit(TOP)
                .forEach(e -> out.printf("  %9.1f KB  %s%n", e.getValue()[0] / 1024.0 / sessions.size(), e.getKey()));
        // the components (of any library) under the portal's: which grid, which select
        Map<String, long[]> byComponent = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] >= 0 && session[n] != n && postorder[n] >= 0 && stateNode[n] >= 0) {
                int view = viewOf.get(stateNode[n]);
                String component = componentName.getOrDefault(stateNode[n], "?");
                byComponent.computeIfAbsent((view >= 0 ? simple(name[view]) : "-") + " > " + component + " : " + simple(name[n]),
                        k -> new long[2])[0] += size[n];
            }
        }
        out.printf("%nBy portal component > the component whose state node holds it : class (KB per session):%n");
        byComponent.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])).limit(TOP * 2)
                .forEach(e -> out.printf("  %9.1f KB  %s%n", e.getValue()[0] / 1024.0 / sessions.size(), e.getKey().replace("$$SpringCGLIB$$0", "")));
        Map<String, long[]> byOwner = new HashMap<>();
        Map<String, long[]> bytesByOwner = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] >= 0 && session[n] != n && postorder[n] >= 0) {
                String key = owner[n] >= 0 ? name[owner[n]] : "(no portal object) " + topmost(n, session[n], name);
                byOwner.computeIfAbsent(key, k -> new long[2])[0] += size[n];
                byOwner.get(key)[1]++;
                if (name[n].equals("[B")) {
                    String holder = idom[n] != session[n] && name[idom[n]] != null ? name[idom[n]] : "?";
                    if (holder.equals("java.lang.String") && idom[idom[n]] != session[n] && name[idom[idom[n]]] != null) {
                        holder = "String in " + name[idom[idom[n]]];
                    }
                    bytesByOwner.computeIfAbsent(key + "  <- " + holder, k -> new long[2])[0] += size[n];
                }
            }
        }
        out.printf("%nWhat the sessions keep, by the nearest portal object dominating it (KB per session, objects per session):%n");
        byOwner.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])).limit(TOP)
                .forEach(e -> out.printf("  %9.1f KB %7.0f  %s%n", e.getValue()[0] / 1024.0 / sessions.size(),
                        e.getValue()[1] / (double) sessions.size(), e.getKey()));
        out.printf("%nByte arrays (string contents among them) by owner and holder (KB per session):%n");
        bytesByOwner.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])).limit(TOP)
                .forEach(e -> out.printf("  %9.1f KB  %s%n", e.getValue()[0] / 1024.0 / sessions.size(), e.getKey()));
        // the largest objects a session alone keeps that are not in a larger one kept by a portal object
        int first = sessions.stream().filter(x -> retained[x] == each[each.length / 2]).findFirst().orElseThrow();
        out.printf("%nLargest objects kept by one session (the median one), with their path from it:%n");
        List<Integer> inFirst = new ArrayList<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] == first && n != first && postorder[n] >= 0) {
                inFirst.add(n);
            }
        }
        String under = System.getProperty("bench.under", "");
        if (!under.isEmpty()) { // only what the state nodes of that component class hold
            inFirst.removeIf(n -> stateNode[n] < 0 || !under.equals(componentName.get(stateNode[n])));
        }
        inFirst.sort(Comparator.comparingLong((Integer n) -> -retained[n]));
        int shown = 0;
        for (int n : inFirst) {
            // a link of a chain (its holder keeps little besides it) says nothing its end does not
            if (shown >= TOP || idom[n] != first && retained[n] * 10 > retained[idom[n]] * 8
                    && !name[n].startsWith("ma.cimr.")) {
                continue;
            }
            shown++;
            StringBuilder path = new StringBuilder();
            for (int m = n; m != first; m = idom[m]) {
                if (m == n || !name[m].contains("$Node") && !name[m].startsWith("[")) {
                    path.insert(0, field(idom[m], m) + " " + simple(name[m]));
                } else if (!path.toString().startsWith(" …")) {
                    path.insert(0, " …");
                }
            }
            out.printf("  %9.1f KB  %s%s%n", retained[n] / 1024.0, "session", path);
        }
    }

    /** The node an instance's reference field of that name points to, or 0. */
    private int refField(int n, String fieldName) {
        if (kinds[n] != INSTANCE) {
            return 0;
        }
        in.position(offsets[n] + 1);
        id();
        in.getInt();
        long classId = id();
        in.getInt();
        for (ClassInfo c = classes.get(classId); c != null; c = classes.get(c.superId())) {
            for (int i = 0; i < c.fieldTypes().length; i++) {
                if (c.fieldTypes()[i] == 2) {
                    long ref = id();
                    if (fieldName.equals(strings.get(c.fieldNames()[i]))) {
                        return ref == 0 ? 0 : index.get(ref);
                    }
                } else {
                    skip(width(c.fieldTypes()[i]));
                }
            }
        }
        return 0;
    }

    private boolean isComponent(int n) {
        if (kinds[n] != INSTANCE) {
            return false;
        }
        in.position(offsets[n] + 1);
        id();
        in.getInt();
        for (long c = id(); c != 0 && classes.containsKey(c); c = classes.get(c).superId()) {
            if ("com.vaadin.flow.component.Component".equals(classNames.get(c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The view each object of a UI belongs to: the components' state nodes dominate nearly all of
     * a UI, so an object is put to the nearest portal component ({@code ma.cimr.*}) above the state
     * node that dominates it, in the element tree.
     */
    private Map<Integer, Integer> viewOfStateNode(String[] name, int[] session) {
        Map<Integer, Integer> componentOfNode = new HashMap<>();
        for (int n = 1; n < nodes; n++) {
            if (session[n] >= 0 && postorder[n] >= 0 && name[n] != null && isComponent(n)) {
                int element = refField(n, "element");
                int stateNode = element == 0 ? 0 : refField(element, "node");
                if (stateNode != 0 && (name[n].startsWith("ma.cimr.") || !componentOfNode.containsKey(stateNode))) {
                    componentOfNode.put(stateNode, n);
                }
            }
        }
        componentOfNode.forEach((node, component) -> componentName.put(node, simple(name[component])));
        Map<Integer, Integer> view = new HashMap<>();
        for (int stateNode : componentOfNode.keySet()) {
            int m = stateNode;
            int found = -1;
            for (int depth = 0; m != 0 && depth < 200; depth++) {
                Integer component = componentOfNode.get(m);
                if (component != null && name[component] != null && name[component].startsWith("ma.cimr.")) {
                    found = component;
                    break;
                }
                m = refField(m, "parent");
            }
            view.put(stateNode, found);
        }
        return view;
    }

    private String topmost(int n, int session, String[] name) {
        int m = n;
        while (idom[m] != session) {
            m = idom[m];
        }
        return name[m];
    }

    private static String simple(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }

    /** A long → int map without boxing: a dump has millions of objects. */
    private static final class LongIntMap {
        private long[] keys = new long[1 << 21];
        private int[] values = new int[1 << 21];
        private int count;

        void put(long key, int value) {
            if (count * 2 >= keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                count = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int i = slot(key);
            if (keys[i] == 0) {
                count++;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(long key) {
            int i = slot(key);
            return keys[i] == key ? values[i] : 0; // an id not in the dump: the super-root, ignored as an edge
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask);
            while (keys[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }
    }
}
