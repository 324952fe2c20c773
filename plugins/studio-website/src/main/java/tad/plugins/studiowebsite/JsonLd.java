package tad.plugins.studiowebsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tad.plugin.InstagramHandles;
import tad.plugin.StudioDetails;

/**
 * schema.org JSON-LD blocks of a page: the studio (TattooParlor, LocalBusiness and their relatives) with its
 * details and Instagram sameAs, and the people it names (employee, member, founder, or a Person on its own).
 * Malformed blocks are skipped: hand-edited JSON-LD is common and must not cost the rest of the page.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> BUSINESS_TYPES = Set.of("TattooParlor", "LocalBusiness",
            "HealthAndBeautyBusiness", "BeautySalon", "DaySpa", "ProfessionalService", "Store", "Organization");
    private static final List<String> PEOPLE_FIELDS = List.of("employee", "employees", "member", "members",
            "founder", "founders", "author");

    record Person(String handle, Optional<String> name) {
    }

    /**
     * @param business        the studio's details, when a business block was present
     * @param businessHandles Instagram accounts in the business's sameAs
     * @param people          people with an Instagram account
     */
    record Found(Optional<StudioDetails> business, List<String> businessHandles, List<Person> people) {
    }

    private JsonLd() {
    }

    static Found read(Document document) {
        Optional<StudioDetails> business = Optional.empty();
        List<String> businessHandles = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = MAPPER.readTree(script.data());
            } catch (java.io.IOException e) {
                continue;
            }
            for (JsonNode node : nodes(root)) {
                if (hasType(node, BUSINESS_TYPES)) {
                    if (business.isEmpty()) {
                        business = Optional.of(BusinessDetails.from(node));
                    }
                    businessHandles.addAll(instagramHandles(node));
                    for (String field : PEOPLE_FIELDS) {
                        for (JsonNode person : asList(node.get(field))) {
                            people.addAll(person(person));
                        }
                    }
                } else if (hasType(node, Set.of("Person"))) {
                    people.addAll(person(node));
                }
            }
        }
        return new Found(business, List.copyOf(businessHandles), List.copyOf(people));
    }

    private static List<Person> person(JsonNode node) {
        Optional<String> name = text(node, "name").flatMap(CardNames::clean);
        return instagramHandles(node).stream().map(handle -> new Person(handle, name)).toList();
    }

    private static List<String> instagramHandles(JsonNode node) {
        List<String> handles = new ArrayList<>();
        for (String field : List.of("sameAs", "url")) {
            for (JsonNode value : asList(node.get(field))) {
                if (value.isTextual()) {
                    InstagramHandles.fromUrl(value.asText()).ifPresent(handles::add);
                }
            }
        }
        return handles;
    }

    /** Top-level objects, arrays and {@code @graph} members, flattened. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode node : asList(root)) {
            if (node.has("@graph")) {
                result.addAll(asList(node.get("@graph")));
            } else {
                result.add(node);
            }
        }
        return result;
    }

    static List<JsonNode> asList(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> list = new ArrayList<>();
            node.forEach(list::add);
            return list;
        }
        return List.of(node);
    }

    private static boolean hasType(JsonNode node, Set<String> types) {
        for (JsonNode type : asList(node.get("@type"))) {
            String name = type.asText().replaceFirst("^https?://schema\\.org/", "");
            if (types.contains(name)) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }
}
