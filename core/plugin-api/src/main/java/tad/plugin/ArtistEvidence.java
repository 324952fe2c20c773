package tad.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the sources of one crawl said about an artist, kept per source, for {@link Enricher}s: the Instagram
 * profile's bio and captions when it could be fetched, and what the studio's website says when it said anything.
 * Either may be missing: an artist whose profile cannot be fetched is still enriched from the website.
 *
 * @param instagramHandle the artist's handle
 * @param sources         one entry per source that said something, Instagram first
 * @param studios         the studios the artist was found at in this crawl, with their names and towns, so that an
 *                        enricher can tell the artist's own studio from a place they write about ("guest spot at
 *                        Black Anchor" at home is no guest spot in a town called Black Anchor); empty when unknown
 */
public record ArtistEvidence(String instagramHandle, List<SourceText> sources, List<StudioRef> studios) {

    public ArtistEvidence {
        sources = List.copyOf(sources);
        studios = studios == null ? List.of() : List.copyOf(studios);
    }

    /** Evidence with no studio known (tools and tests that read a profile alone). */
    public ArtistEvidence(String instagramHandle, List<SourceText> sources) {
        this(instagramHandle, sources, List.of());
    }

    /** The same evidence, found at these studios. */
    public ArtistEvidence atStudios(List<StudioRef> found) {
        return new ArtistEvidence(instagramHandle, sources, found);
    }

    /** The evidence of a fetched profile alone (tools and tests that have no website facts). */
    public static ArtistEvidence of(ArtistProfile profile) {
        return new ArtistEvidence(profile.instagramHandle(), List.of(SourceText.of(profile)));
    }

    /** The evidence of an artist from what was fetched (either may be missing). */
    public static ArtistEvidence of(String instagramHandle, Optional<ArtistProfile> profile,
                                    Optional<ArtistSiteFacts> site) {
        List<SourceText> sources = new ArrayList<>();
        profile.map(SourceText::of).ifPresent(sources::add);
        site.filter(facts -> !facts.isEmpty()).map(SourceText::of).ifPresent(sources::add);
        return new ArtistEvidence(instagramHandle, sources);
    }

    /** The text of one source, when it said anything. */
    public Optional<SourceText> from(String source) {
        return sources.stream().filter(text -> text.source().equals(source)).findFirst();
    }
}
