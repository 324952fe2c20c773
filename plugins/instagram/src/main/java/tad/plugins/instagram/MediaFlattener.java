package tad.plugins.instagram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tad.plugin.RemoteImage;

/**
 * Turns the first page of {@code edge_owner_to_timeline_media} into the images the directory keeps: a photo is one
 * image; a carousel ({@code GraphSidecar}) is one image per child, with ids {@code SHORTCODE-1}, {@code -2}... (1-based,
 * like Instagram's own {@code img_index}); a video is its cover frame marked {@code videoCover}, or nothing when
 * covers are not wanted. Stops at {@code maxImages}, so posts past the cap are not even read.
 */
final class MediaFlattener {
    private static final String SIDECAR = "GraphSidecar";
    private static final String VIDEO = "GraphVideo";

    private final int maxImages;
    private final boolean keepVideoCovers;

    MediaFlattener(int maxImages, boolean keepVideoCovers) {
        this.maxImages = maxImages;
        this.keepVideoCovers = keepVideoCovers;
    }

    List<RemoteImage> flatten(List<JsonField> edges) throws JsonField.FormatException {
        List<RemoteImage> images = new ArrayList<>();
        for (JsonField edge : edges) {
            if (images.size() >= maxImages) {
                break;
            }
            JsonField node = edge.required("node");
            String shortcode = node.requiredText("shortcode");
            String caption = caption(node);
            Optional<Instant> takenAt = node.optionalLong("taken_at_timestamp").map(Instant::ofEpochSecond);
            if (isSidecar(node)) {
                List<JsonField> children = node.required("edge_sidecar_to_children").requiredArray("edges");
                for (int i = 0; i < children.size() && images.size() < maxImages; i++) {
                    JsonField child = children.get(i).required("node");
                    add(images, child, shortcode + "-" + (i + 1), takenAt, caption);
                }
            } else {
                add(images, node, shortcode, takenAt, caption);
            }
        }
        return images;
    }

    private void add(List<RemoteImage> images, JsonField node, String id, Optional<Instant> takenAt, String caption)
            throws JsonField.FormatException {
        boolean video = node.optionalBoolean("is_video", false)
                || node.optionalText("__typename").filter(VIDEO::equals).isPresent();
        if (video && !keepVideoCovers) {
            return;
        }
        // for a video, display_url is its cover frame: the video itself is never downloaded
        images.add(new RemoteImage(id, node.requiredText("display_url"), video, takenAt, caption));
    }

    private static boolean isSidecar(JsonField node) {
        return node.optionalText("__typename").filter(SIDECAR::equals).isPresent()
                || node.optional("edge_sidecar_to_children").isPresent();
    }

    /**
     * The post's caption: the first caption edge's text, or empty for a post without one (its edges are empty).
     * The field itself is required: a payload without it has changed shape, and losing captions silently would
     * quietly degrade style inference.
     */
    private static String caption(JsonField node) throws JsonField.FormatException {
        List<JsonField> captions = node.required("edge_media_to_caption").requiredArray("edges");
        if (captions.isEmpty()) {
            return "";
        }
        return captions.get(0).required("node").optionalText("text").orElse("");
    }
}
