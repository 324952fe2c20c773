package tad.plugin;

import java.util.List;

/**
 * The text one source holds about an artist, as evidence for enrichers. Untrusted scraped content.
 *
 * @param source      where it came from: {@link Sourced#INSTAGRAM} or {@link Sourced#STUDIO_WEBSITE}
 * @param page        the page or profile it was read on (a studio page URL, an Instagram profile URL)
 * @param bio         the biography or "about" paragraph; empty when none
 * @param captions    captions of recent posts, in post order (Instagram only)
 * @param specialisms styles or specialisms the source names explicitly (a studio page's "Specialities: ...")
 */
public record SourceText(String source, String page, String bio, List<String> captions, List<String> specialisms) {

    public SourceText {
        bio = bio == null ? "" : bio;
        captions = captions == null ? List.of() : List.copyOf(captions);
        specialisms = specialisms == null ? List.of() : List.copyOf(specialisms);
    }

    /** An Instagram profile's bio and captions. */
    public static SourceText of(ArtistProfile profile) {
        return new SourceText(Sourced.INSTAGRAM, InstagramHandles.profileUrl(profile.instagramHandle()).toString(),
                profile.biography(), profile.captions(), List.of());
    }

    /** What a studio's website says about the artist. */
    public static SourceText of(ArtistSiteFacts site) {
        return new SourceText(Sourced.STUDIO_WEBSITE, site.page(), site.bio(), List.of(), site.specialisms());
    }
}
