package tad.plugins.instagramgraph;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tad.plugin.RemoteImage;

/**
 * Turns {@code business_discovery.media.data} into the images the directory keeps, with the same ids the logged-out
 * web source gives them, so that switching sources neither duplicates nor re-downloads an image:
 * <ul>
 *   <li>{@code IMAGE}: its {@code media_url}, id = the post's shortcode (from {@code permalink},
 *       {@code https://www.instagram.com/p/SHORTCODE/});</li>
 *   <li>{@code VIDEO} (reels too): its cover frame, {@code thumbnail_url}, marked {@code videoCover}; the video
 *       itself is never downloaded;</li>
 *   <li>{@code CAROUSEL_ALBUM}: one image per child in {@code children.data}, ids {@code SHORTCODE-1},
 *       {@code SHORTCODE-2}... (1-based, as the web source numbers them).</li>
 * </ul>
 * An item without {@code media_url} is skipped: Meta leaves it out for media with copyrighted audio or whose owner
 * turned downloads off, and a cover of withheld media is not ours to show. A post without a usable permalink gets
 * the id {@code ig-<media id>}. Stops at {@code maxImages}.
 */
final class MediaReader {
    private static final Pattern SHORTCODE = Pattern.compile("/(?:p|reel|reels|tv)/([A-Za-z0-9_-]{5,64})/?");
    /** Graph timestamps: {@code 2026-04-17T12:00:00+0000}. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private final int maxImages;
    private final boolean keepVideoCovers;

    MediaReader(int maxImages, boolean keepVideoCovers) {
        this.maxImages = maxImages;
        this.keepVideoCovers = keepVideoCovers;
    }

    List<RemoteImage> read(JsonNode media) {
        List<RemoteImage> images = new ArrayList<>();
        JsonNode data = media == null ? null : media.get("data");
        if (data == null || !data.isArray()) {
            return images;
        }
        for (JsonNode post : data) {
            if (images.size() >= maxImages) {
                break;
            }
            String id = postId(post);
            String caption = text(post, "caption").orElse("");
            Optional<Instant> takenAt = text(post, "timestamp").flatMap(MediaReader::instant);
            if ("CAROUSEL_ALBUM".equals(text(post, "media_type").orElse(""))) {
                JsonNode children = post.path("children").path("data");
                if (children.isArray() && !children.isEmpty()) {
                    for (int i = 0; i < children.size() && images.size() < maxImages; i++) {
                        add(images, children.get(i), id + "-" + (i + 1), takenAt, caption);
                    }
                } else {
                    add(images, post, id + "-1", takenAt, caption);
                }
            } else {
                add(images, post, id, takenAt, caption);
            }
        }
        return images;
    }

    private void add(List<RemoteImage> images, JsonNode item, String id, Optional<Instant> takenAt, String caption) {
        Optional<String> mediaUrl = text(item, "media_url");
        if (mediaUrl.isEmpty()) {
            return;
        }
        if ("VIDEO".equals(text(item, "media_type").orElse(""))) {
            Optional<String> cover = text(item, "thumbnail_url");
            if (keepVideoCovers && cover.isPresent()) {
                images.add(new RemoteImage(id, cover.get(), true, takenAt, caption));
            }
            return;
        }
        images.add(new RemoteImage(id, mediaUrl.get(), false, takenAt, caption));
    }

    private static String postId(JsonNode post) {
        Optional<String> permalink = text(post, "permalink");
        if (permalink.isPresent()) {
            Matcher m = SHORTCODE.matcher(permalink.get());
            if (m.find()) {
                return m.group(1);
            }
        }
        return "ig-" + text(post, "id").orElse("unknown");
    }

    static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() && !value.textValue().isEmpty() ? Optional.of(value.textValue())
                : Optional.empty();
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, TIMESTAMP).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
