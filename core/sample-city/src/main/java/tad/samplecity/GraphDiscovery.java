package tad.samplecity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Turns a recorded web_profile_info payload into what Business Discovery answers for the same account, field by
 * field as Meta documents them (IG User and IG Media references): {@code name} from {@code full_name},
 * {@code website} from {@code external_url}, {@code media_type} IMAGE / VIDEO / CAROUSEL_ALBUM, {@code media_url} and
 * {@code thumbnail_url} on the same CDN, {@code permalink} https://www.instagram.com/p/SHORTCODE/, {@code timestamp}
 * as {@code 2026-04-17T12:00:00+0000}, carousel {@code children} inline, cursor {@code paging}. A video whose audio is
 * not the owner's (a licensed song) has no {@code media_url}, as Meta omits it for copyrighted audio.
 */
final class GraphDiscovery {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private GraphDiscovery() {
    }

    /** The whole answer: {@code {"business_discovery":{...},"id":"<the operator's user id>"}}. */
    static String answer(String webPayload, String operatorUserId, int mediaLimit) {
        try {
            JsonNode user = MAPPER.readTree(webPayload).path("data").path("user");
            ObjectNode account = MAPPER.createObjectNode();
            account.put("username", user.path("username").asText());
            putText(account, "name", user.path("full_name"));
            putText(account, "biography", user.path("biography"));
            putText(account, "website", user.path("external_url"));
            putText(account, "profile_picture_url", user.path("profile_pic_url_hd"));
            account.put("followers_count", user.path("edge_followed_by").path("count").asLong());
            JsonNode timeline = user.path("edge_owner_to_timeline_media");
            account.put("media_count", timeline.path("count").asLong());
            account.set("media", media(timeline.path("edges"), mediaLimit));
            account.put("id", graphId("1784", user.path("id").asText()));
            ObjectNode root = MAPPER.createObjectNode();
            root.set("business_discovery", account);
            root.put("id", operatorUserId);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode media(JsonNode edges, int limit) {
        ArrayNode data = MAPPER.createArrayNode();
        for (int i = 0; i < edges.size() && data.size() < limit; i++) {
            data.add(post(edges.get(i).path("node")));
        }
        ObjectNode media = MAPPER.createObjectNode();
        media.set("data", data);
        if (!data.isEmpty()) {
            ObjectNode cursors = MAPPER.createObjectNode();
            cursors.put("before", cursor(data.get(0).path("id").asText()));
            cursors.put("after", cursor(data.get(data.size() - 1).path("id").asText()));
            media.set("paging", MAPPER.createObjectNode().set("cursors", cursors));
        }
        return media;
    }

    private static ObjectNode post(JsonNode node) {
        ObjectNode post = MAPPER.createObjectNode();
        post.put("id", graphId("17", node.path("id").asText()));
        JsonNode captions = node.path("edge_media_to_caption").path("edges");
        if (!captions.isEmpty()) {
            post.put("caption", captions.get(0).path("node").path("text").asText());
        }
        String type = node.path("__typename").asText();
        if (type.equals("GraphSidecar")) {
            post.put("media_type", "CAROUSEL_ALBUM");
            post.put("media_url", node.path("display_url").asText());
            ArrayNode children = MAPPER.createArrayNode();
            for (JsonNode child : node.path("edge_sidecar_to_children").path("edges")) {
                ObjectNode item = MAPPER.createObjectNode();
                item.put("id", graphId("17", child.path("node").path("id").asText()));
                visual(item, child.path("node"));
                children.add(item);
            }
            post.set("children", MAPPER.createObjectNode().set("data", children));
        } else {
            visual(post, node);
        }
        post.put("permalink", "https://www.instagram.com/p/" + node.path("shortcode").asText() + "/");
        post.put("timestamp", TIMESTAMP.format(Instant.ofEpochSecond(node.path("taken_at_timestamp").asLong())));
        return post;
    }

    /** media_type, media_url and, for a video, thumbnail_url; media_url left out for licensed audio. */
    private static void visual(ObjectNode item, JsonNode node) {
        if (node.path("is_video").asBoolean(false)) {
            item.put("media_type", "VIDEO");
            boolean ownAudio = node.path("clips_music_attribution_info").path("uses_original_audio").asBoolean(true);
            if (ownAudio) {
                item.put("media_url", node.path("video_url").asText());
            }
            item.put("thumbnail_url", node.path("display_url").asText());
        } else {
            item.put("media_type", "IMAGE");
            item.put("media_url", node.path("display_url").asText());
        }
    }

    /** Graph ids are another id space than the web API's: a stable 17-digit id derived from the web id. */
    private static String graphId(String prefix, String webId) {
        long hash = Integer.toUnsignedLong(webId.hashCode()) * 1_000_003L + webId.length();
        String digits = String.format("%015d", Math.floorMod(hash, 1_000_000_000_000_000L));
        return prefix + digits.substring(0, 17 - prefix.length());
    }

    private static String cursor(String id) {
        return java.util.Base64.getEncoder().withoutPadding().encodeToString(("QVFH" + id).getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void putText(ObjectNode target, String name, JsonNode value) {
        if (value.isTextual() && !value.asText().isEmpty()) {
            target.put(name, value.asText());
        }
    }
}
