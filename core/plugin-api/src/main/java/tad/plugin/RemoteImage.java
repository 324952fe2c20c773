package tad.plugin;

import java.time.Instant;
import java.util.Optional;

/**
 * One portfolio image as the profile source saw it. The URL points at the source's CDN and expires, so the host
 * mirrors it into its own media store and never shows this URL.
 *
 * @param id         stable id at the source (an Instagram shortcode, with a suffix for carousel children)
 * @param url        where to download it
 * @param videoCover true when this is the cover frame of a video rather than a photo
 * @param takenAt    when it was posted, when known
 * @param caption    the post's caption text (untrusted), empty when none
 */
public record RemoteImage(String id, String url, boolean videoCover, Optional<Instant> takenAt, String caption) {
}
