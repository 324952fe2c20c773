package tad.search.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.opensearch.client.json.JsonpSerializable;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import tad.core.search.ArtistDocument;
import tad.core.search.ArtistQuery;
import tad.core.search.GeneratedArtists;
import tad.core.search.SearchMix;

/**
 * The OpenSearch node's CPU per search for different shapes of the same search (not a test; nothing asserts): loads
 * generated artists into a real node three times (the adapter's index; the index as it was before result items moved
 * to doc values; the adapter's mapping plus {@code index_prefixes} on the all-text field), then runs the same searches
 * of the load mix through each shape in turn, two at a time, and divides the node's CPU time (from /proc, its whole
 * process tree) by the searches. Rounds alternate the shapes so a change in the machine's load hits them alike.
 * Before measuring, the first 300 searches are compared with the adapter's own answers (hits, their sort values, the
 * total and every facet) and the number that agree is printed. Run by core/search-opensearch/bench/request-shapes.sh.
 *
 * <p>Arguments: artists searches rounds [merged] ("merged": measure again after force-merging every index to one
 * segment).
 */
public final class OpenSearchRequestShapes {
    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper();
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int COMPARED = 300;

    /** A shape: the index it runs on, how it changes the adapter's request, and whether it must give equal answers. */
    record Shape(String name, String index, UnaryOperator<ObjectNode> request, boolean sameAnswers) {}

    private final URI node;

    private OpenSearchRequestShapes(URI node) {
        this.node = node;
    }

    public static void main(String[] args) throws Exception {
        int artists = Integer.parseInt(args[0]);
        int searches = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        boolean merged = args.length > 3 && args[3].equals("merged");
        OpenSearchNode node = new OpenSearchNode();
        node.start();
        try {
            new OpenSearchRequestShapes(node.endpoint()).run(node.pid(), artists, searches, rounds, merged);
        } finally {
            node.stop();
        }
    }

    private void run(long nodePid, int artists, int searches, int rounds, boolean merged) throws Exception {
        List<ArtistDocument> documents = GeneratedArtists.generate(artists, 11);
        long started = System.nanoTime();
        try (OpenSearchSearchIndex index = OpenSearchSearchIndex.connect(node, OpenSearchIndexSettings.singleNode("now"))) {
            index.upsertAll(documents);
        }
        send("PUT", "/before", resource("index-before-item.json"));
        load("before", documents, OpenSearchRequestShapes::beforeItem);
        ObjectNode prefixes = (ObjectNode) JSON.readTree(json(OpenSearchMapping.mapping()));
        ((ObjectNode) prefixes.at("/properties/allText")).putObject("index_prefixes");
        send("PUT", "/prefixes", JSON.writeValueAsString(JSON.createObjectNode().<ObjectNode>set("mappings", prefixes)
                .set("settings", JSON.readTree("{\"number_of_shards\": 1, \"number_of_replicas\": 0}"))));
        load("prefixes", documents, doc -> doc);
        send("POST", "/_refresh", null);
        System.out.printf("loaded %d artists into 3 indexes in %.1f s%n", artists, (System.nanoTime() - started) / 1e9);
        Thread.sleep(30_000); // the node merges the bulk-loaded segments meanwhile, as the load benchmark's warm-up
        List<String> requests = SearchMix.generate(searches, 7).stream()
                .map(query -> json(OpenSearchSearchRequest.of("x", query))).toList();
        List<Shape> shapes = shapes();
        compare(requests, shapes);
        measure(nodePid, requests, shapes, rounds);
        if (merged) {
            send("POST", "/_forcemerge?max_num_segments=1", null);
            send("POST", "/_refresh", null); // searches see the merged segment only from the next refresh
            measure(nodePid, requests, shapes, rounds);
        }
    }

    private static List<Shape> shapes() {
        return List.of(
                new Shape("now: items from doc values", "now", request -> request, true),
                new Shape("before: items from _source", "before", request -> {
                    request.remove(List.of("stored_fields", "docvalue_fields"));
                    request.set("_source", JSON.createObjectNode().set("includes",
                            JSON.valueToTree(OpenSearchArtist.SHOWN_FIELDS)));
                    return request;
                }, true),
                new Shape("now + index_prefixes on allText", "prefixes", request -> request, true),
                new Shape("now + track_total_hits 1000", "now", request -> request.put("track_total_hits", 1000), false),
                new Shape("now without aggregations (not a result)", "now", request -> {
                    request.remove("aggregations");
                    return request;
                }, false),
                new Shape("now with size 0: no fetch (not a result)", "now", request -> request.put("size", 0), false));
    }

    private void compare(List<String> requests, List<Shape> shapes) throws Exception {
        int compared = Math.min(COMPARED, requests.size());
        for (Shape shape : shapes.stream().filter(Shape::sameAnswers).toList()) {
            int same = 0;
            for (int i = 0; i < compared; i++) {
                JsonNode expected = answer(search(shapes.get(0), requests.get(i)));
                JsonNode actual = answer(search(shape, requests.get(i)));
                if (expected.equals(actual)) {
                    same++;
                } else if (same == i) { // the first difference, to see what differs
                    System.out.printf("%s differs on search %d:%n  now: %s%n  this: %s%n", shape.name, i, expected, actual);
                }
            }
            System.out.printf("%s: the same answer as now on %d of %d searches%n", shape.name, same, compared);
        }
    }

    /** Total, facets, and each hit's sort values and shown item, wherever it was read from (key order aside). */
    private static JsonNode answer(String response) throws IOException {
        JsonNode body = JSON.readTree(response);
        ArrayNode answer = JSON.createArrayNode().add(body.at("/hits/total")).add(body.at("/aggregations"));
        for (JsonNode hit : body.at("/hits/hits")) {
            JsonNode shown = hit.at("/_source/show");
            if (shown.isMissingNode()) {
                shown = JSON.readTree(Base64.getDecoder().decode(hit.at("/fields/item/0").asText()));
            }
            answer.add(hit.get("sort")).add(shown);
        }
        return answer;
    }

    private void measure(long nodePid, List<String> requests, List<Shape> shapes, int rounds) throws Exception {
        System.out.println(send("GET", "/_cat/indices?h=index,docs.count,segments.count,store.size&v", null));
        System.out.print("| shape |" + " round %d |".repeat(rounds).formatted(IntStream.range(1, rounds + 1).boxed()
                .toArray()) + "\n|---|" + "---|".repeat(rounds) + "\n");
        List<StringBuilder> lines = shapes.stream().map(shape -> new StringBuilder("| " + shape.name + " |")).toList();
        for (int round = 0; round < rounds; round++) {
            for (int s = 0; s < shapes.size(); s++) {
                long before = ticks(nodePid);
                runAll(shapes.get(s), requests);
                double ms = (ticks(nodePid) - before) * 1000.0 / CLOCK_TICKS / requests.size();
                lines.get(s).append(" %.2f |".formatted(ms));
            }
            System.out.println("round " + (round + 1) + " done, load " + Files.readString(Path.of("/proc/loadavg")).trim());
        }
        lines.forEach(System.out::println);
    }

    /** Every request through the shape, two at a time (the load benchmark's server has two cores too). */
    private void runAll(Shape shape, List<String> requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        search(shape, requests.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get(); // a failed search fails the run
            }
        }
    }

    private static final long CLOCK_TICKS = 100; // USER_HZ, the unit of utime and stime in /proc/<pid>/stat on Linux

    /** CPU time (clock ticks) of the node's process and all its descendants. */
    private static long ticks(long pid) {
        long[] total = {ownTicks(pid)};
        ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> total[0] += ownTicks(d.pid())));
        return total[0];
    }

    private static long ownTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException gone) {
            return 0;
        }
    }

    private String search(Shape shape, String request) throws Exception {
        return send("POST", "/" + shape.index + "/_search",
                JSON.writeValueAsString(shape.request.apply((ObjectNode) JSON.readTree(request))));
    }

    /** A document as indexed before result items moved to doc values: the item as an object in {@code show}. */
    private static ObjectNode beforeItem(ObjectNode document) {
        try {
            ObjectNode before = document.deepCopy();
            before.set("show", JSON.readTree(Base64.getDecoder().decode(before.remove("item").asText())));
            return before;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void load(String index, List<ArtistDocument> documents, UnaryOperator<ObjectNode> shape) throws Exception {
        StringBuilder bulk = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            OpenSearchArtist artist = OpenSearchArtist.of(documents.get(i));
            bulk.append("{\"index\":{\"_id\":").append(JSON.writeValueAsString(artist.artistId())).append("}}\n")
                    .append(JSON.writeValueAsString(shape.apply(JSON.valueToTree(artist)))).append('\n');
            if ((i + 1) % 1_000 == 0 || i == documents.size() - 1) {
                String response = send("POST", "/" + index + "/_bulk", bulk.toString());
                if (response.contains("\"errors\":true")) {
                    throw new IllegalStateException("bulk load into " + index + " failed: " + response.substring(0, 500));
                }
                bulk.setLength(0);
            }
        }
    }

    private String send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
                .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String resource(String name) throws IOException {
        try (var in = OpenSearchRequestShapes.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String json(JsonpSerializable value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.jsonProvider().createGenerator(out)) {
            value.serialize(generator, MAPPER);
        }
        return out.toString();
    }
}
