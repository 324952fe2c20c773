package tad.serve;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.core.domain.Artist;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.StyleTaxonomy;
import tad.core.search.ArtistHit;
import tad.core.search.ArtistQuery;
import tad.core.store.ArtistStore;
import tad.plugin.StyleEvidence;

/**
 * Two or three pictures of real work for each style, from the listed artists whose style evidence is strongest: of
 * the first {@value #CANDIDATES} artists the search API returns for the style (so only artists it shows), those with
 * the most mentions of the style in what they wrote (bio, captions, hashtags; the style inference's evidence), each
 * shown by their newest portfolio image. Mirrored images, so it works offline in the demo. The index decides who is
 * listed (docs/search.md); the store's status, read here anyway for the evidence, also keeps out an artist marked
 * stale a moment ago.
 *
 * <p>Worked out for all styles at once and kept for {@code freshFor} ({@link #FRESH_FOR}): it reads the store for
 * every candidate. A removed artist's image also stops being served at once by /media (the denylist), so a cached
 * example can only point at a picture that is no longer there, never show one.
 */
final class StyleExamples {
    static final Duration FRESH_FOR = Duration.ofMinutes(5);
    static final int CANDIDATES = 50;
    static final int PER_STYLE = 3;

    private final ArtistsService search;
    private final ArtistStore store;
    private final StyleTaxonomy taxonomy;
    private final Duration freshFor;
    private volatile Snapshot snapshot; // null until first asked

    private record Snapshot(Map<String, List<Example>> bySlug, long madeAtNanos) {
    }

    /** A picture of an artist's work: our own media address and its size, for the page to reserve its space. */
    record Example(String artistId, String artistName, String url, int width, int height, String alt) {
    }

    StyleExamples(ArtistsService search, ArtistStore store, StyleTaxonomy taxonomy, Duration freshFor) {
        this.search = search;
        this.store = store;
        this.taxonomy = taxonomy;
        this.freshFor = freshFor;
    }

    /** Style slug to its examples, strongest evidence first; a style without pictures has none. */
    Map<String, List<Example>> bySlug() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.madeAtNanos() < freshFor.toNanos()) {
            return current.bySlug();
        }
        return refresh();
    }

    /** One thread works them out; the others that waited for it take its result. */
    private synchronized Map<String, List<Example>> refresh() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.madeAtNanos() < freshFor.toNanos()) {
            return current.bySlug();
        }
        Map<String, List<Example>> made = java.util.Collections.unmodifiableMap(compute());
        snapshot = new Snapshot(made, System.nanoTime());
        return made;
    }

    private Map<String, List<Example>> compute() {
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        for (String slug : taxonomy.slugs()) {
            List<ArtistHit> hits = search.search(ArtistQuery.builder().style(slug).size(CANDIDATES).build()).items();
            Map<String, Artist> artists = hits.isEmpty() ? Map.of()
                    : store.artists(hits.stream().map(ArtistHit::id).toList());
            examples.put(slug, artists.values().stream()
                    // the store's word is fresher than the index's for a moment after a stale mark
                    .filter(artist -> artist.status().served())
                    .sorted(Comparator.comparingInt((Artist a) -> -strength(a, slug))
                            .thenComparing(Artist::artistId))
                    .map(this::example).flatMap(Optional::stream).limit(PER_STYLE).toList());
        }
        return examples;
    }

    /** How often the artist's own words name the style: the sum of its evidence's mentions. */
    static int strength(Artist artist, String slug) {
        return artist.evidence().stream().filter(e -> e.style().equals(slug)).mapToInt(StyleEvidence::mentions).sum();
    }

    private Optional<Example> example(Artist artist) {
        return store.images(artist.artistId()).stream().min(Comparator.comparingInt(PortfolioImage::position))
                .flatMap(image -> image.variants().stream().filter(v -> v.size().equals("thumb")).findFirst()
                        .or(() -> image.variants().stream().min(Comparator.comparingInt(ImageVariant::width)))
                        .map(variant -> {
                            String name = artist.name().orElse(artist.instagramHandle());
                            String alt = image.altText() == null || image.altText().isBlank()
                                    ? "Tattoo by " + name : image.altText();
                            return new Example(artist.artistId(), name, variant.path(), variant.width(),
                                    variant.height(), alt);
                        }));
    }
}
