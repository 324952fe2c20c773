package tad.plugin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text one source holds about an artist, as evidence for enrichers. Untrusted scraped content.
 *
 * @param source      where it came from: {@link Sourced#INSTAGRAM} or {@link Sourced#STUDIO_WEBSITE}
 * @param page        the page or profile it was read on (a studio page URL, an Instagram profile URL)
 * @param bio         the biography or "about" paragraph; empty when none
 * @param captions    captions of recent posts, in post order (Instagram only)
 * @param specialisms styles or specialisms the source names explicitly (a studio page's "Specialities: ...")
 * @param posts       the same captions with their post times, one per caption, for enrichers that date what was
 *                    said (availability); empty for a source without dated posts
 */
public record SourceText(String source, String page, String bio, List<String> captions, List<String> specialisms,
                         List<DatedCaption> posts) {

    public SourceText {
        bio = bio == null ? "" : bio;
        captions = captions == null ? List.of() : List.copyOf(captions);
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    /** A source whose captions carry no post times. */
    public SourceText(String source, String page, String bio, List<String> captions, List<String> specialisms) {
        this(source, page, bio, captions, specialisms, List.of());
    }

    /** An Instagram profile's bio and captions, each caption also with the time of its first post. */
    public static SourceText of(ArtistProfile profile) {
        Map<String, Optional<Instant>> posted = new LinkedHashMap<>();
        for (RemoteImage image : profile.images()) {
            if (!image.caption().isBlank()) {
                posted.merge(image.caption(), image.takenAt(), (first, later) -> first.isPresent() ? first : later);
            }
        }
        List<DatedCaption> posts = posted.entrySet().stream()
                .map(e -> new DatedCaption(e.getKey(), e.getValue())).toList();
        return new SourceText(Sourced.INSTAGRAM, InstagramHandles.profileUrl(profile.instagramHandle()).toString(),
                profile.biography(), profile.captions(), List.of(), posts);
    }

    /** What a studio's website says about the artist. */
    public static SourceText of(ArtistSiteFacts site) {
        return new SourceText(Sourced.STUDIO_WEBSITE, site.page(), site.bio(), List.of(), site.specialisms());
    }
}
