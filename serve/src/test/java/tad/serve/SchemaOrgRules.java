package tad.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema.org rules that can be checked offline, read from the vendored part of the vocabulary
 * ({@code schemaorg-subset.jsonld}, made by {@code scripts/schemaorg-subset.mjs} from schema.org's published file):
 * every {@code @type} is a schema.org class; every property is a schema.org property whose {@code domainIncludes}
 * holds the node's class or one of its superclasses; every value fits the property's {@code rangeIncludes} (a text
 * where Text is expected, an absolute http(s) address where only URL is, a number for Number, a whole number for
 * Integer, a node whose class is one of the expected classes or below it).
 */
final class SchemaOrgRules {
    private final Map<String, Set<String>> superclasses = new HashMap<>();
    private final Map<String, Set<String>> domains = new HashMap<>();
    private final Map<String, Set<String>> ranges = new HashMap<>();

    SchemaOrgRules() {
        JsonNode vocabulary;
        try (InputStream in = SchemaOrgRules.class.getResourceAsStream("schemaorg-subset.jsonld")) {
            vocabulary = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode term : vocabulary.path("@graph")) {
            String id = name(term.path("@id").asText());
            if (term.has("schema:rangeIncludes")) {
                domains.put(id, ids(term.path("schema:domainIncludes")));
                ranges.put(id, ids(term.path("schema:rangeIncludes")));
            } else {
                superclasses.put(id, ids(term.path("rdfs:subClassOf")));
            }
        }
    }

    /** Every broken rule in a JSON-LD node and the nodes inside it, each naming where; empty when it is valid. */
    List<String> problems(JsonNode node) {
        List<String> problems = new ArrayList<>();
        if (!node.path("@context").asText().equals("https://schema.org")) {
            problems.add("@context is not https://schema.org");
        }
        checkNode(node, "", problems);
        return problems;
    }

    private void checkNode(JsonNode node, String where, List<String> problems) {
        String type = node.path("@type").asText();
        if (!superclasses.containsKey(type)) {
            problems.add(where + "@type '" + type + "' is not a schema.org class (in the vendored vocabulary)");
            return;
        }
        Set<String> classes = withSuperclasses(type);
        node.fieldNames().forEachRemaining(property -> {
            if (property.startsWith("@")) {
                return;
            }
            String at = where + type + "." + property;
            if (!ranges.containsKey(property)) {
                problems.add(at + ": not a schema.org property (in the vendored vocabulary)");
                return;
            }
            if (domains.get(property).stream().noneMatch(classes::contains)) {
                problems.add(at + ": the property is not for " + type + " (domain " + domains.get(property) + ")");
            }
            JsonNode value = node.get(property);
            for (JsonNode one : value.isArray() ? iterable(value) : List.of(value)) {
                checkValue(one, ranges.get(property), at, problems);
            }
        });
    }

    private void checkValue(JsonNode value, Set<String> range, String at, List<String> problems) {
        if (value.isObject()) {
            String type = value.path("@type").asText();
            if (superclasses.containsKey(type) && range.stream().noneMatch(withSuperclasses(type)::contains)) {
                problems.add(at + ": a " + type + " where " + range + " is expected");
            }
            checkNode(value, at + " > ", problems);
        } else if (value.isTextual()) {
            boolean text = range.stream().anyMatch(r -> r.equals("Text") || (!r.equals("URL") && isA(r, "Text")));
            if (!text && range.contains("URL") && !isAbsoluteUrl(value.asText())) {
                problems.add(at + ": '" + value.asText() + "' is not an absolute URL");
            } else if (!text && !range.contains("URL")) {
                problems.add(at + ": a text where " + range + " is expected");
            }
        } else if (value.isIntegralNumber()) {
            if (!range.contains("Integer") && !range.contains("Number")) {
                problems.add(at + ": a number where " + range + " is expected");
            }
        } else if (value.isNumber()) {
            if (!range.contains("Number") && !range.contains("Float")) {
                problems.add(at + ": a decimal number where " + range + " is expected");
            }
        } else {
            problems.add(at + ": a " + value.getNodeType() + " where " + range + " is expected");
        }
    }

    private boolean isA(String type, String ancestor) {
        return superclasses.containsKey(type) && withSuperclasses(type).contains(ancestor);
    }

    private Set<String> withSuperclasses(String type) {
        Set<String> all = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(type));
        while (!todo.isEmpty()) {
            String next = todo.removeLast();
            if (all.add(next)) {
                todo.addAll(superclasses.getOrDefault(next, Set.of()));
            }
        }
        return all;
    }

    private static boolean isAbsoluteUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : list.isArray() ? iterable(list) : List.of(list)) {
            if (entry.has("@id")) {
                ids.add(name(entry.path("@id").asText()));
            }
        }
        return ids;
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private static String name(String id) {
        return id.startsWith("schema:") ? id.substring("schema:".length()) : id;
    }
}
