package tad.styles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One line of the labelled set: {"bio": ..., "captions": [...], "styles": [...gold...]}. */
record LabelledProfile(int line, String bio, List<String> captions, Set<String> gold) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a split from src/test/resources/labelled/, failing on a malformed line rather than skipping it. */
    static List<LabelledProfile> split(String name) throws IOException {
        String path = "/labelled/" + name + ".jsonl";
        try (InputStream in = LabelledProfile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("labelled split missing: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LabelledProfile> profiles = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    profiles.add(parse(number, JSON.readTree(line)));
                }
            }
            return profiles;
        }
    }

    private static LabelledProfile parse(int line, JsonNode node) {
        List<String> captions = new ArrayList<>();
        node.path("captions").forEach(c -> captions.add(c.asText()));
        Set<String> gold = new TreeSet<>();
        node.path("styles").forEach(s -> gold.add(s.asText()));
        return new LabelledProfile(line, node.path("bio").asText(""), captions, gold);
    }
}
