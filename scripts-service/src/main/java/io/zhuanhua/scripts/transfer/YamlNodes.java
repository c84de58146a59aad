package io.zhuanhua.scripts.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import io.zhuanhua.kit.error.InvalidFieldException;

/**
 * Reads a composed YAML tree field by field, so every error names the document line and the field path:
 * INVALID_ARGUMENT "line 12: scripts[3].category: unknown category X".
 */
final class YamlNodes {
    private static final String LINE = "line ";
    private YamlNodes() {
    }

    static InvalidFieldException error(Node node, String path, String reason) {
        return new InvalidFieldException(LINE + (node.getStartMark().getLine() + 1), path + ": " + reason);
    }

    /** Runs domain validation; its field errors are reported at the node's line under {@code path}. */
    static <T> T at(Node node, String path, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (InvalidFieldException e) {
            if (e.field().startsWith(LINE)) {
                throw e; // already placed by an inner read
            }
            throw error(node, path.isEmpty() ? e.field() : path + "." + e.field(), e.reason());
        }
    }

    /** A mapping's fields by name; a field not in {@code known} is an error (a typo must not be ignored). */
    static Map<String, Node> fields(Node node, String path, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path, "expected a mapping of fields");
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String name = text(tuple.getKeyNode(), path);
            if (!known.contains(name)) {
                throw error(tuple.getKeyNode(), path.isEmpty() ? name : path + "." + name, "unknown field, expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
            if (fields.put(name, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), path + "." + name, "appears twice");
            }
        }
        return fields;
    }

    static String text(Node node, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, path, "expected a text value");
        }
        return scalar.getValue();
    }

    static String text(Map<String, Node> fields, String name, String path) {
        Node node = fields.get(name);
        return node == null || isNull(node) ? "" : text(node, path + "." + name);
    }

    static Optional<Node> optional(Map<String, Node> fields, String name) {
        return Optional.ofNullable(fields.get(name)).filter(n -> !isNull(n));
    }

    static int integer(Map<String, Node> fields, String name, String path) {
        String value = text(fields, name, path);
        try {
            return value.isEmpty() ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw error(fields.get(name), path + "." + name, "expected a whole number");
        }
    }

    /** The items of a sequence field; an absent field is an empty list. */
    static List<Node> items(Map<String, Node> fields, String name) {
        Node node = fields.get(name);
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, name, "expected a list");
        }
        return sequence.getValue();
    }

    static List<String> texts(Map<String, Node> fields, String name, String path) {
        List<String> values = new ArrayList<>();
        List<Node> items = items(fields, name);
        for (int i = 0; i < items.size(); i++) {
            values.add(text(items.get(i), path + "." + name + "[" + i + "]"));
        }
        return values;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }
}
