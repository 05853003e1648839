package ma.cimr.teleservices.bench;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the browser's Vaadin client keeps of a UI, enough for {@link LoadUser} to find what a
 * person clicks and reads without a browser: the state nodes the server's answers attach, with
 * their tag, properties, attributes, class names, children and text, rebuilt from the
 * {@code changes} of each answer (Flow's node features: 0 element data, 1 properties, 2 children,
 * 3 attributes, 4 event listeners, 7 text, 11 class list, 24 virtual children).
 */
final class UiTree {

    private static final int DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;
    private static final int CLASSES = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    /** One element (or text) node of the UI. */
    static final class Node {
        final int id;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final Map<String, JsonNode> listeners = new HashMap<>();
        final List<String> classes = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        @Nullable String text;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? "" : tag.asString();
        }

        boolean hasClass(String name) {
            return classes.contains(name);
        }

        /** A property, else the attribute of the same name, as text ("" if neither). */
        String value(String name) {
            JsonNode value = properties.get(name);
            if (value == null) {
                value = attributes.get(name);
            }
            return value == null || value.isNull() ? "" : value.asString();
        }

        boolean listensTo(String event) {
            return listeners.containsKey(event);
        }

        @Override
        public String toString() {
            return tag() + (classes.isEmpty() ? "" : "." + String.join(".", classes)) + "#" + id;
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    /** Applies the {@code changes} of one answer. */
    void apply(JsonNode changes) {
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asString(),
                        change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
                case "remove" -> map(node, feature).ifPresent(map -> map.remove(change.path("key").asString()));
                case "clear" -> {
                    map(node, feature).ifPresent(Map::clear);
                    if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
                        node.children.clear();
                    } else if (feature == CLASSES) {
                        node.classes.clear();
                    }
                }
                case "splice" -> splice(node, feature, change);
                default -> {
                    // attach: the node exists from now on; empty: nothing
                }
            }
        }
    }

    private static void put(Node node, int feature, String key, @Nullable JsonNode value) {
        if (value == null) {
            return;
        }
        if (feature == TEXT) {
            node.text = value.asString();
            return;
        }
        map(node, feature).ifPresent(map -> map.put(key, value));
    }

    private static Optional<Map<String, JsonNode>> map(Node node, int feature) {
        return Optional.ofNullable(switch (feature) {
            case DATA -> node.data;
            case PROPERTIES -> node.properties;
            case ATTRIBUTES -> node.attributes;
            case LISTENERS -> node.listeners;
            default -> null;
        });
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int removed = change.path("remove").asInt(0);
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            for (int i = 0; i < removed && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            int at = Math.min(index, node.children.size());
            for (JsonNode added : change.path("addNodes")) {
                node.children.add(at++, added.asInt());
            }
        } else if (feature == CLASSES) {
            for (int i = 0; i < removed && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            int at = Math.min(index, node.classes.size());
            for (JsonNode added : change.path("add")) {
                node.classes.add(at++, added.asString());
            }
        }
    }

    /** Every attached element with this tag ("" for any) and every given class name. */
    List<Node> all(String tag, String... classes) {
        return all(node -> (tag.isEmpty() || node.tag().equals(tag)) && List.of(classes).stream().allMatch(node::hasClass));
    }

    List<Node> all(Predicate<Node> test) {
        return nodes.values().stream().filter(test).toList();
    }

    Optional<Node> first(String tag, String... classes) {
        return all(tag, classes).stream().findFirst();
    }

    /** An element that must be there; else the step fails as a browser's locator would. */
    Node one(String tag, String... classes) {
        return first(tag, classes).orElseThrow(() -> new StepFailure("no " + tag + "." + String.join(".", classes) + " on the page"));
    }

    /** The attached elements under this one (children and virtual children, at any depth) with this tag. */
    List<Node> within(Node root, String tag) {
        List<Node> found = new ArrayList<>();
        List<Node> next = new ArrayList<>(List.of(root));
        for (int depth = 0; depth < 50 && !next.isEmpty(); depth++) {
            List<Node> level = new ArrayList<>();
            for (Node node : next) {
                for (int child : node.children) {
                    Node c = nodes.get(child);
                    if (c != null) {
                        level.add(c);
                        if (c.tag().equals(tag)) {
                            found.add(c);
                        }
                    }
                }
            }
            next = level;
        }
        return found;
    }

    /** The field whose label is this text; else the step fails. */
    Node labelled(String tag, String label) {
        return all(tag).stream().filter(field -> field.value("label").equals(label)).findFirst()
                .orElseThrow(() -> new StepFailure("no " + tag + " labelled " + label + " among "
                        + all(tag).stream().map(field -> field.value("label")).toList()));
    }

    Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The text an element shows: its own and its descendants'. */
    String text(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text, 0);
        return text.toString().strip();
    }

    private void collect(Node node, StringBuilder into, int depth) {
        if (node.text != null) {
            into.append(node.text);
        }
        if (depth > 50) {
            return;
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collect(c, into, depth + 1);
            }
        }
    }

    /** The texts of every attached element with this tag, for a failure's message. */
    List<String> texts(String tag) {
        return all(tag).stream().map(this::text).toList();
    }

    int size() {
        return nodes.size();
    }

    /** A step's check that failed: what the page should show is not there. */
    static final class StepFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailure(String message) {
            super(message);
        }
    }
}
