package tad.core.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tad.core.domain.StyleTaxonomy;
import tad.core.media.MediaStore;
import tad.core.memory.PageMemoryNames;
import tad.core.search.ArtistQuery;
import tad.core.search.SearchReader;
import tad.core.store.ArtistStore;
import tad.core.store.Page;
import tad.core.store.StyleListing;

/**
 * Looks for any trace of an artist in every store: profile, images, style entries and roster links in the table,
 * the search index, mirrored media, the crawl's page memory (what studio pages yielded, which names artists by
 * handle: looked up by the handle's keyed hash, as the purge drops it), and, for the embedded stores, the raw bytes
 * of every file under the data directory. Maintenance path: it may scan.
 */
public final class TraceVerifier {
    private final ArtistStore store;
    private final SearchReader index;
    private final Optional<MediaStore> media;
    private final StyleTaxonomy taxonomy;
    private final Optional<PageMemoryNames> pageMemory;

    public TraceVerifier(ArtistStore store, SearchReader index, Optional<MediaStore> media, StyleTaxonomy taxonomy) {
        this(store, index, media, taxonomy, Optional.empty());
    }

    public TraceVerifier(ArtistStore store, SearchReader index, Optional<MediaStore> media, StyleTaxonomy taxonomy,
                         Optional<PageMemoryNames> pageMemory) {
        this.store = store;
        this.index = index;
        this.media = media;
        this.taxonomy = taxonomy;
        this.pageMemory = pageMemory;
    }

    /**
     * @param words   the handle and name to look for in the index and in raw files (the store no longer knows them)
     * @param dataDir the embedded stores' directory, to scan raw bytes; empty in production
     * @return one line per trace found; empty when there is none
     */
    public List<String> traces(String artistId, List<String> words, Optional<Path> dataDir) {
        List<String> found = new ArrayList<>();
        if (store.artist(artistId).isPresent()) {
            found.add("store: profile item ARTIST#" + artistId);
        }
        if (!store.images(artistId).isEmpty()) {
            found.add("store: image items of " + artistId);
        }
        for (String slug : taxonomy.slugs()) {
            Optional<String> token = Optional.empty();
            do {
                Page<StyleListing> page = store.byStyle(slug, Optional.empty(), Optional.empty(), token, 1000);
                if (page.items().stream().anyMatch(l -> l.artistId().equals(artistId))) {
                    found.add("store: style-location-index entry for " + slug);
                }
                token = page.nextToken();
            } while (token.isPresent());
        }
        rosterTraces(artistId, found);
        for (String word : words) {
            if (index.search(ArtistQuery.builder().text(word).size(100).build()).items().stream()
                    .anyMatch(h -> h.id().equals(artistId))) {
                found.add("search index: document found by '" + word + "'");
            }
        }
        media.filter(m -> m.hasAnyTrace(artistId)).ifPresent(m -> found.add("media: objects under " + artistId));
        pageMemory.ifPresent(memory -> words.forEach(word -> memory.sitesNaming(word).stream().sorted().forEach(
                site -> found.add("page memory: pages of " + site + " name '" + word + "'"))));
        dataDir.ifPresent(dir -> rawTraces(dir, words, found));
        return found;
    }

    private void rosterTraces(String artistId, List<String> found) {
        Optional<String> token = Optional.empty();
        do {
            var page = store.studios(token, 200);
            page.items().stream().filter(s -> store.roster(s.studioId()).contains(artistId))
                    .forEach(s -> found.add("store: roster link on studio " + s.studioId()));
            token = page.nextToken();
        } while (token.isPresent());
    }

    private static void rawTraces(Path dir, List<String> words, List<String> found) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String lower = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String word : words) {
                    if (!word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT))) {
                        found.add("file " + dir.relativize(file) + " contains '" + word + "'");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
