package tad.serve;

import tad.core.config.ServeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.core.domain.Studio;
import tad.core.media.MediaKey;
import tad.core.search.ArtistDocument;
import tad.core.search.StudioSummary;
import tad.core.store.Fixtures;
import tad.core.search.SearchWriter;
import tad.core.sync.ArtistDocuments;
import tad.core.sync.IndexUpdater;
import tad.media.LocalMediaStore;
import tad.search.lucene.LuceneSearchIndex;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoRemovalRequestStore;
import tad.core.domain.StyleTaxonomy;
import tad.core.geo.Gazetteer;
import tad.core.search.AvailabilityEntry;
import tad.plugin.Availability;
import tad.plugin.StyleEvidence;

/**
 * The real adapters the routing tests run against, opened once per JVM: DynamoDB Local in memory, a Lucene index and
 * a local media store in temporary directories, and a small web build. Seeded with a handful of artists, among them
 * one stale and one denylisted artist; the index is built from the store by the real {@link IndexUpdater}, which
 * leaves those two out, as the stream sync does.
 */
final class TestWorld {
    static final String WEB_ORIGIN = "https://web.tad.example";
    /** Availability is judged against the server's real date: the statements are dated relative to it. */
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final Availability ANN_FLASH_DAY = new Availability(Availability.Kind.FLASH,
            Optional.of(TODAY.plusDays(5)), Optional.of(TODAY.plusDays(5)), Optional.empty(),
            "Flash day next week, first come first served", "instagram caption 1", TODAY.minusDays(2),
            TODAY.plusDays(5));
    static final Availability ANN_OLD_BOOKS_OPEN = new Availability(Availability.Kind.BOOKS_OPEN, Optional.empty(),
            Optional.empty(), Optional.empty(), "Books open!", "instagram caption 2", TODAY.minusDays(61),
            TODAY.minusDays(1));
    static final Availability SAM_GUEST_SPOT = new Availability(Availability.Kind.GUEST_SPOT,
            Optional.of(TODAY.plusDays(20)), Optional.of(TODAY.plusDays(22)), Optional.of("Manchester"),
            "Guesting in Manchester, DM to book", "instagram caption 1", TODAY.minusDays(1), TODAY.plusDays(22));
    static final Artist ANN = Fixtures.withAvailability(Fixtures.artist("ink.by.ann",
            Set.of("blackwork", "neo-traditional"), "Leeds", Set.of(Fixtures.studio("place-1", Fixtures.T0).studioId())),
            List.of(ANN_FLASH_DAY, ANN_OLD_BOOKS_OPEN));
    /** With what the studio's website says about her besides her Instagram profile. */
    static final Artist SAM = Fixtures.withEvidence(Fixtures.withWebsite(Fixtures.withAvailability(
            Fixtures.artist("sam_fineline", Set.of("fine-line"), "Leeds",
                    Set.of(Fixtures.studio("place-1", Fixtures.T0).studioId())),
            List.of(SAM_GUEST_SPOT)), Fixtures.studio("place-1", Fixtures.T0).studioId()),
            List.of(new StyleEvidence("fine-line", 3, List.of("instagram bio:#finelinetattoo",
                    "instagram caption 2:<script>alert(1)</script> fine line", "studio-website specialisms:Fine line"))));
    static final Artist STALE = withStatus(Fixtures.artist("old.stale.artist", Set.of("blackwork"), "Leeds",
            Set.of()), ArtistStatus.STALE);
    static final Artist DENIED = Fixtures.artist("gone.artist", Set.of("blackwork"), "Leeds", Set.of());
    static final Artist SOON_DENIED = Fixtures.artist("zebra.quokka", Set.of("dotwork"), "Leeds", Set.of());
    /** Scraped text at its worst: markup, script breakouts, quotes, ampersands, line separators. */
    static final String HOSTILE_NAME = "Eve \"</script><script>alert(1)</script>' & <b>bold</b>";
    static final String HOSTILE_BIO = "<img src=x onerror=alert(1)>\n</script><!-- <script>alert(2)</script> -->"
            + " \u2028&amp; \"double\" 'single' </p><p onclick=alert(3)>";
    static final Artist HOSTILE = hostile(Fixtures.artist("eve.hostile", Set.of("realism"), "Leeds",
            Set.of(Fixtures.studio("place-1", Fixtures.T0).studioId())));
    static final MediaKey ANN_THUMB = MediaKey.of(ANN.artistId(), "img1", "thumb", "webp");
    static final MediaKey DENIED_THUMB = MediaKey.of(DENIED.artistId(), "img9", "thumb", "webp");
    static final byte[] THUMB_BYTES = "RIFF....WEBPVP8 fake".getBytes(StandardCharsets.US_ASCII);

    private static final StyleTaxonomy TAXONOMY = StyleTaxonomy.bundled();
    private static TestWorld instance;

    final Dependencies deps;
    final Denylist denylist;
    /** The index's one writer, as the stream follower holds it. */
    final IndexUpdater sync;
    /** The write side of the index the routes read ({@code deps.index()} is its read side). */
    final SearchWriter writer;
    final Path webDir;

    private TestWorld(Dependencies deps, Denylist denylist, IndexUpdater sync, SearchWriter writer, Path webDir) {
        this.deps = deps;
        this.denylist = denylist;
        this.sync = sync;
        this.writer = writer;
        this.webDir = webDir;
    }

    static synchronized TestWorld get() {
        if (instance == null) {
            instance = open();
        }
        return instance;
    }

    private static TestWorld open() {
        try {
            Path dir = Files.createTempDirectory("tad-serve-test");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            DynamoConnection dynamo = DynamoConnection.inMemory("TattooDirectory");
            DynamoArtistStore artists = new DynamoArtistStore(dynamo);
            LuceneSearchIndex index = new LuceneSearchIndex(dir.resolve("index"));
            LocalMediaStore media = new LocalMediaStore(dir.resolve("media"));
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            DenylistKey key = new DenylistKey(secret);
            Denylist denylist = new Denylist(new DynamoDenylistStore(dynamo), key, Clock.systemUTC());
            Studio studio = Fixtures.studio("place-1", Fixtures.T0);
            artists.upsertStudio(studio);
            List<Artist> indexed = List.of(ANN, SAM, STALE, DENIED, SOON_DENIED);
            for (Artist artist : indexed) {
                artists.upsertArtist(artist, List.of(Fixtures.image("src-" + artist.instagramHandle(), 0)));
            }
            // in the store only (profiles read the store): the search tests' counts stay as they are
            PortfolioImage hostileImage = Fixtures.image("src-eve", 0);
            artists.upsertArtist(HOSTILE, List.of(new PortfolioImage(hostileImage.imageId(), hostileImage.sourceId(),
                    0, true, hostileImage.takenAt(), "\"><script>alert(4)</script>", hostileImage.variants())));
            denylist.addHandle(DENIED.instagramHandle());
            IndexUpdater sync = new IndexUpdater(artists, index, denylist, new ArtistDocuments(TAXONOMY));
            indexed.forEach(artist -> sync.artistChanged(artist.artistId()));
            sync.flush();
            media.put(ANN_THUMB, THUMB_BYTES);
            media.put(DENIED_THUMB, THUMB_BYTES);
            Path web = webBuild(dir.resolve("web"));
            ServeSettings settings = new ServeSettings(Optional.of(web), Optional.of(WEB_ORIGIN), false, true,
                    60, 3, 8192, java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(1))
                    .withSiteUrl(java.net.URI.create(SITE));
            Dependencies deps = new Dependencies(artists, index, denylist, new DynamoRemovalRequestStore(dynamo),
                    Optional.of(media), settings, Clock.systemUTC());
            return new TestWorld(deps, denylist, sync, index, web);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArtistDocument document(Artist artist, Studio studio) {
        StudioSummary summary = studio == null ? null : new StudioSummary(studio.name().value(), studio.city(),
                studio.location().map(l -> l.value().lat()).orElse(null),
                studio.location().map(l -> l.value().lng()).orElse(null));
        return new ArtistDocument(artist.artistId(), artist.name().orElseThrow(), artist.instagramHandle(),
                artist.bio(), studio == null ? List.of() : List.of(studio.name().value()), artist.city(),
                artist.country(), artist.location().orElse(null), List.copyOf(artist.styles()),
                artist.styles().stream().map(s -> TAXONOMY.label(s).orElse(s)).toList(),
                "/media/" + MediaKey.of(artist.artistId(), "img1", "thumb", "webp"), summary, artist.updatedAt(),
                artist.availability().stream().map(a -> AvailabilityEntry.of(a, Gazetteer.bundled())).toList());
    }

    static final String SITE = "https://tad.example";
    static final String SEARCH_PAGE = "<!doctype html><html><head><title>Tattoo Artist Directory</title></head><body>"
            + "<main><section aria-label=\"Search results\">" + SearchFirstView.SLOT
            + "<div class=\"results-loading\">Searching</div></section></main></body></html>";

    private static Path webBuild(Path web) throws IOException {
        Files.createDirectories(web.resolve("_next/static/chunks"));
        Files.createDirectories(web.resolve("artists"));
        // with the head the server rewrites and the slot the React search page leaves for its first view
        Files.writeString(web.resolve("index.html"), SEARCH_PAGE);
        Files.writeString(web.resolve("404.html"), "<!doctype html><title>not found</title>");
        // with the slot the React profile page leaves for the server's first view (see ProfileFirstView)
        Files.writeString(web.resolve("artists/index.html"), "<!doctype html><html><head><title>artist page</title>"
                + "</head><body><main>" + ProfileFirstView.SLOT + "<div class=\"profile-loading\">Loading</div></main>"
                + "</body></html>");
        // the build's precompressed copy of the bare page: what a visitor gets when there is no first view
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(web.resolve("artists/index.html.gz")))) {
            gz.write(Files.readAllBytes(web.resolve("artists/index.html")));
        }
        Files.writeString(web.resolve("_next/static/chunks/app-1a2b.js"), "console.log('app')");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(
                web.resolve("_next/static/chunks/app-1a2b.js.gz")))) {
            gz.write("console.log('app')".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.writeString(web.getParent().resolve("secret.txt"), "outside the web root");
        return web;
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is harmless
        }
    }

    /** Hostile everywhere, the studio website's part too (its page address a script URL). */
    private static Artist hostile(Artist a) {
        Artist withSite = Fixtures.withWebsite(a, Fixtures.studio("place-1", Fixtures.T0).studioId());
        SiteProfile site = withSite.website().orElseThrow();
        SiteProfile hostileSite = new SiteProfile(site.studioId(), "javascript:alert(5)//", HOSTILE_BIO,
                site.portrait(), site.images(), List.of(HOSTILE_NAME));
        return new Artist(a.artistId(), a.instagramHandle(), Optional.of(HOSTILE_NAME), HOSTILE_BIO,
                a.profilePicture(), a.externalUrl(), a.verified(), Optional.of(hostileSite), a.studioIds(), a.styles(), a.hashtags(),
                a.evidence(), a.availability(), a.city(), a.country(), a.location(), a.status(), a.lastFailure(),
                a.missedRuns(), a.failedRuns(), a.fetchedAt(), a.updatedAt(), a.lastSeenRun());
    }

    static Artist withStatus(Artist a, ArtistStatus status) {
        return Fixtures.withStatus(a, status);
    }
}
