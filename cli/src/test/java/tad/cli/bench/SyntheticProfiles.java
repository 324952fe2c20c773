package tad.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code web_profile_info} payloads in Instagram's exact shape, generated from one of the sample city's recorded
 * payloads as the template: each artist gets their own handle, name, bio, ids, profile picture and posts (the
 * template's posts repeated, photos and a carousel, with new shortcodes, captions and image file names).
 */
final class SyntheticProfiles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEMPLATE = "/samplecity/instagram/mara.inkwell.json";
    private static final String TEMPLATE_HANDLE = "mara.inkwell";
    private static final String TEMPLATE_NAME = "Mara Quill";
    private static final Pattern POST_IMAGE = Pattern.compile("/t51\\.2885-15/([A-Za-z0-9_]+)\\.jpg");
    private static final long NEWEST_POST = 1_795_439_186L;

    private final CityShape shape;
    private final ObjectNode template;
    private final List<String> postTemplates = new ArrayList<>();

    SyntheticProfiles(CityShape shape) {
        this.shape = shape;
        try (InputStream in = SyntheticProfiles.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the class path (tad-sample-city)");
            }
            template = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        user(template).path("edge_owner_to_timeline_media").path("edges")
                .forEach(edge -> postTemplates.add(edge.toString()));
    }

    /** The payload for one artist, with image URLs on the given CDN that expire at {@code expiryHex}. */
    String render(int artist, URI cdn, String expiryHex) {
        ObjectNode root = template.deepCopy();
        ObjectNode user = user(root);
        String name = CityShape.name(artist);
        String studio = StudioSites.studioName(artist / shape.artistsPerStudio());
        String bio = name + "\n" + CityShape.style(artist) + " tattoos\n" + studio + ", Benchville\nbooks via link";
        String site = "https://bench-studio-" + artist / shape.artistsPerStudio() + ".example/";
        user.put("id", Long.toString(70_000_000_000L + artist));
        user.put("fbid", Long.toString(17_000_000_000_000_000L + artist));
        user.put("eimu_id", Long.toString(44_000_000_000_000_000L + artist));
        user.put("biography", bio);
        ((ObjectNode) user.path("biography_with_entities")).put("raw_text", bio);
        user.put("external_url", site);
        user.put("external_url_linkshimmed", "https://l.instagram.com/?u=" + site);
        ((ObjectNode) user.path("bio_links").path(0)).put("url", site)
                .put("lynx_url", "https://l.instagram.com/?u=" + site);
        ((ObjectNode) user.path("edge_followed_by")).put("count", 500 + artist * 37 % 20_000);
        String picture = "{{base}}/cdn/v/t51.2885-19/pp" + artist + "_n.jpg?stp=dst-jpg_";
        user.put("profile_pic_url", picture + "s150x150_tt6&oe={{oe}}");
        user.put("profile_pic_url_hd", picture + "s320x320_tt6&oe={{oe}}");
        ObjectNode timeline = (ObjectNode) user.path("edge_owner_to_timeline_media");
        timeline.put("count", shape.postsPerProfile() + 40);
        ArrayNode edges = timeline.putArray("edges");
        for (int p = 0; p < shape.postsPerProfile(); p++) {
            edges.add(post(artist, p, name));
        }
        return root.toString()
                .replace(TEMPLATE_HANDLE, CityShape.handle(artist))
                .replace(TEMPLATE_NAME, name)
                .replace("{{base}}", cdn.toString())
                .replace("{{oe}}", expiryHex);
    }

    private JsonNode post(int artist, int p, String name) {
        String text = postTemplates.get(p % postTemplates.size());
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher images = POST_IMAGE.matcher(text);
        while (images.find()) {
            renamed.putIfAbsent(images.group(1), "a" + artist + "p" + p + "c" + renamed.size() + "_n");
        }
        for (Map.Entry<String, String> e : renamed.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        ObjectNode node;
        try {
            node = (ObjectNode) JSON.readTree(text).path("node");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String shortcode = String.format("Bx%05dq%03d", artist, p);
        node.put("shortcode", shortcode);
        node.put("id", Long.toString(9_000_000_000_000_000_000L + artist * 1000L + p));
        node.put("taken_at_timestamp", NEWEST_POST - (artist * 7L + p) * 3600);
        ((ObjectNode) node.path("owner")).put("id", Long.toString(70_000_000_000L + artist));
        ((ObjectNode) node.path("edge_media_to_caption").path("edges").path(0).path("node"))
                .put("text", "Fresh " + CityShape.style(artist) + " piece by " + name + " #"
                        + CityShape.style(artist).replace(" ", "") + "tattoo #tattoo");
        JsonNode children = node.path("edge_sidecar_to_children").path("edges");
        for (int c = 0; c < children.size(); c++) {
            ((ObjectNode) children.get(c).path("node")).put("shortcode", shortcode + "c" + c);
        }
        return JSON.createObjectNode().set("node", node);
    }

    private static ObjectNode user(ObjectNode root) {
        return (ObjectNode) root.path("data").path("user");
    }
}
