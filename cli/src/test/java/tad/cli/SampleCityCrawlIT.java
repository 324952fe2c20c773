package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Ids;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.core.domain.Studio;
import tad.core.logging.CapturedLogs;
import tad.core.store.Page;
import tad.plugin.Failure;
import tad.plugin.Sourced;
import tad.plugin.StyleEvidence;
import tad.samplecity.Fixture;
import tad.samplecity.Roster;
import tad.samplecity.SampleCityServer;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;

/**
 * Crawls the whole sample city through the real CLI, the real plugin jars and real HTTP, with the default profile
 * source (the Instagram Graph API look-alike), and checks what landed in the store, what was (and was not)
 * requested, and what the logs say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleCityCrawlIT {
    static final String DENYLISTED = "rebel.blackwork";
    static final String ROBOTS_HIDDEN = "hidden.ironclad.guest";

    private Path data;
    private SampleCityServer city;
    private Run first;
    private Run second;
    private long graphCallsFirstRun;
    private String logs;
    private List<Artist> artists;
    private List<Studio> studios;
    private Map<String, List<PortfolioImage>> images = new HashMap<>();
    private final Map<String, Integer> firstRunRequests = new HashMap<>();

    @BeforeAll
    void crawlTwice() throws Exception {
        data = Files.createTempDirectory("tad-crawl-it");
        city = SampleCityServer.start();
        assertThat(Run.tad(env(), "denylist", "add", "@" + DENYLISTED).code()).isZero();
        try (CapturedLogs captured = CapturedLogs.start(Level.DEBUG)) {
            first = Run.tad(env(), "crawl", "--city", "leeds");
            logs = captured.text();
        }
        graphCallsFirstRun = city.graph().discoveryCalls();
        city.roster().studiosWithWebsites().forEach(studio -> city.site(studio.key())
                .ifPresent(site -> firstRunRequests.put(studio.key(), site.requests().size())));
        second = Run.tad(env(), "crawl", "--city", "Leeds");
        readStore();
    }

    @AfterAll
    void stop() {
        city.close();
    }

    static Map<String, String> baseEnv(Path data) {
        Map<String, String> env = new HashMap<>();
        env.put("TAD_DATA_DIR", data.toString());
        // the data server in the test's own JVM, for as long as a command uses it (a process started from this
        // environment hosts its own the same way)
        env.put("TAD_DATA_SERVER", "in-process");
        env.put("TAD_PLUGINS_DIR", TestPaths.pluginsDir().toString());
        env.put("TAD_HOST_DELAY_MS", "0");
        env.put("TAD_INSTAGRAM_PER_MINUTE", "0");
        env.put("TAD_PLUGIN_INSTAGRAM_GRAPH_PER_HOUR", "0");
        return env;
    }

    private Map<String, String> env() {
        Map<String, String> env = baseEnv(data);
        env.putAll(city.crawlEnvironment());
        return env;
    }

    private void readStore() {
        try (LocalStore local = LocalStore.open(data)) {
            DynamoConnection dynamo = local.dynamo();
            DynamoArtistStore store = new DynamoArtistStore(dynamo);
            artists = all(t -> store.artists(t, 50));
            studios = all(t -> store.studios(t, 50));
            artists.forEach(a -> images.put(a.artistId(), store.images(a.artistId())));
        }
    }

    private static <T> List<T> all(java.util.function.Function<Optional<String>, Page<T>> pages) {
        List<T> out = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<T> page = pages.apply(token);
            out.addAll(page.items());
            token = page.nextToken();
        } while (token.isPresent());
        return out;
    }

    private Optional<Artist> artist(String handle) {
        return artists.stream().filter(a -> a.instagramHandle().equals(handle)).findFirst();
    }

    @Test
    void theCrawlCompletesAndFindsEveryStudioThroughTiling() {
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("completed").contains("studios found:        85 (10 Places requests)");
        assertThat(studios).hasSize(85);
    }

    /**
     * 70 of the 85 studios Places lists have no website: there is no site to find their artists on, which is normal
     * and nothing for an operator to act on, so they are counted apart and never among the failures.
     */
    @Test
    void studiosWithoutAWebsiteAreCountedApartFromTheFailures() {
        assertThat(first.out()).contains("    without a website:  70 (").doesNotContainIgnoringCase("no_website");
        java.util.regex.Matcher failed = java.util.regex.Pattern
                .compile("(?m)^  failed: +(\\d+)$((?:\\n    \\w+: \\d+)*)").matcher(first.out());
        assertThat(failed.find()).as(first.out()).isTrue();
        int byReason = failed.group(2).lines().filter(l -> !l.isBlank())
                .mapToInt(l -> Integer.parseInt(l.replaceAll(".*: ", ""))).sum();
        assertThat(Integer.parseInt(failed.group(1))).as("the failures are the sum of their reasons")
                .isEqualTo(byReason);
        Run crawls = Run.tad(env(), "crawls");
        assertThat(crawls.out()).contains("NO SITE");
        assertThat(crawls.out().lines().filter(l -> l.contains("COMPLETED")))
                .allSatisfy(l -> assertThat(l).containsPattern(" 85 +70 +\\d+ "));
    }

    @Test
    void everyListedArtistIsStoredOnceAndTheDenylistedOneNever() {
        Roster roster = city.roster();
        List<String> expected = roster.artists().stream().map(Roster.Artist::handle)
                .filter(h -> !h.equals(DENYLISTED)).sorted().toList();
        assertThat(artists).extracting(Artist::instagramHandle).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(first.out()).contains("skipped denylisted: 1");
    }

    @Test
    void noRequestIsMadeAboutADenylistedArtistOrBehindRobotsTxt() {
        assertThat(city.allRequests()).noneMatch(r -> r.pathAndQuery().toLowerCase(Locale.ROOT)
                .contains(DENYLISTED));
        assertThat(city.graph().requests()).noneMatch(r -> r.pathAndQuery().contains(ROBOTS_HIDDEN));
        assertThat(city.instagram().requests()).noneMatch(r -> r.pathAndQuery().contains(ROBOTS_HIDDEN));
        assertThat(city.site("ironclad").orElseThrow().requests())
                .noneMatch(r -> r.pathAndQuery().startsWith("/private"));
    }

    @Test
    void theDefaultSourceIsTheGraphApiAndTheLegacyWebEndpointIsNeverCalled() {
        assertThat(city.instagram().requests()).as("only the CDN is asked, for images")
                .noneMatch(r -> r.pathAndQuery().startsWith(tad.samplecity.InstagramServer.PROFILE_PATH))
                .allMatch(r -> r.pathAndQuery().startsWith("/cdn/"));
        long listed = city.roster().artists().stream().filter(a -> !a.handle().equals(DENYLISTED)).count();
        assertThat(graphCallsFirstRun).as("one Graph call per listed artist").isEqualTo(listed);
    }

    @Test
    void professionalAccountsAreActiveWithInstagramBiosStylesAndOurOwnImages() throws Exception {
        for (Roster.Artist expected : city.roster().artists()) {
            if (!expected.accountType().professional() || expected.handle().equals(DENYLISTED)) {
                continue;
            }
            Artist a = artist(expected.handle()).orElseThrow();
            assertThat(a.status()).as(expected.handle()).isEqualTo(ArtistStatus.ACTIVE);
            assertThat(a.styles()).as(expected.handle() + " styles").containsAnyElementsOf(expected.styles());
            assertThat(a.fetchedAt()).isPresent();
            assertThat(a.bio()).as(expected.handle() + " bio").isNotBlank();
            List<PortfolioImage> portfolio = images.get(a.artistId());
            assertThat(portfolio).as(expected.handle() + " images").isNotEmpty().hasSizeLessThanOrEqualTo(12);
            for (PortfolioImage image : portfolio) {
                for (ImageVariant v : image.variants()) {
                    assertOwnImage(v);
                }
            }
            assertOwnImage(a.profilePicture().orElseThrow());
        }
    }

    private void assertOwnImage(ImageVariant v) throws Exception {
        assertThat(v.path()).startsWith("/media/artists/");
        Path file = data.resolve("media").resolve(v.path().substring("/media/".length()));
        assertThat(file).exists();
        BufferedImage decoded = ImageIO.read(file.toFile());
        assertThat(decoded).as(v.path() + " decodes").isNotNull();
        assertThat(decoded.getWidth()).isEqualTo(v.width());
        assertThat(decoded.getHeight()).isEqualTo(v.height());
    }

    @Test
    void personalAccountsAndMissingHandlesAreNotProfessionalAndListedFromTheirStudiosSite() {
        for (Roster.Artist expected : city.roster().artists()) {
            if (!expected.accountType().professional()) {
                Artist a = artist(expected.handle()).orElseThrow();
                // the Graph API cannot tell a personal account from a handle that does not exist: both are listed
                assertThat(a.status()).as(expected.handle()).isEqualTo(ArtistStatus.ACTIVE);
                assertThat(a.lastFailure()).as(expected.handle()).map(Failure::reason)
                        .contains(Failure.Reason.NOT_PROFESSIONAL);
                assertThat(a.fetchedAt()).isEmpty();
                assertThat(a.bio()).as("no Instagram bio").isEmpty();
                assertThat(a.website()).as(expected.handle() + " from the studio's site").isPresent();
            }
        }
    }

    @Test
    void personalAccountsShowWhatTheirStudiosSiteSaysWithItsImagesMirroredAndItsStylesAsEvidence() throws Exception {
        for (String handle : List.of("kirkstall.dotty", "orrin.gale.ink", "lucan.tradworks")) {
            SiteProfile site = artist(handle).orElseThrow().website().orElseThrow();
            assertThat(site.bio()).as(handle + " bio").hasSizeGreaterThan(60);
            assertThat(site.specialisms()).as(handle + " specialisms").hasSizeGreaterThanOrEqualTo(2);
            assertThat(site.images()).as(handle + " work").isNotEmpty();
            for (PortfolioImage image : concat(site.images(), site.portrait().orElseThrow())) {
                for (ImageVariant v : image.variants()) {
                    assertOwnImage(v);
                }
            }
        }
        // the figure for docs/studio-website.md: how the served artists are listed
        List<Artist> served = artists.stream().filter(a -> a.status() == ArtistStatus.ACTIVE).toList();
        long fromInstagram = served.stream().filter(a -> a.fetchedAt().isPresent()).count();
        long websiteOnly = served.size() - fromInstagram;
        System.out.printf("sample city, default source: %d artists served, %d with Instagram content, %d from their"
                + " studio's website only%n", served.size(), fromInstagram, websiteOnly);
        assertThat(websiteOnly).isEqualTo(city.roster().artists().stream()
                .filter(a -> !a.accountType().professional() && !a.handle().equals(DENYLISTED)).count());
                Artist dot = artist("kirkstall.dotty").orElseThrow();
        assertThat(dot.website().orElseThrow().page()).endsWith("/crew/dot-imrie/");
        assertThat(dot.website().orElseThrow().images()).hasSize(3);
        assertThat(dot.styles()).contains("dotwork");
        assertThat(dot.evidence()).flatExtracting(StyleEvidence::where).isNotEmpty()
                .allMatch(where -> where.startsWith("studio-website "));
    }

    private static List<PortfolioImage> concat(List<PortfolioImage> images, PortfolioImage portrait) {
        List<PortfolioImage> all = new ArrayList<>(images);
        all.add(portrait);
        return all;
    }

    @Test
    void anArtistAtTwoStudiosIsOneArtistLinkedToBoth() {
        assertThat(artist("mara.inkwell").orElseThrow().studioIds()).hasSize(2);
        assertThat(artist("serpent.kaito").orElseThrow().studioIds()).hasSize(2);
    }

    @Test
    void studioDetailsFromTheirOwnSiteWinOverGoogle() {
        Studio gilded = studios.stream().filter(s -> s.sourceId().equals("SAMPLE_GILDED_SERPENT")).findFirst()
                .orElseThrow();
        assertThat(gilded.address()).map(Sourced::source).contains(Sourced.STUDIO_WEBSITE);
        assertThat(gilded.instagramHandle()).contains("thegildedserpent");
        assertThat(artists).noneMatch(a -> a.instagramHandle().equals("thegildedserpent"));
        Studio filler = studios.stream().filter(s -> s.sourceId().equals("SAMPLE_FILLER_00")).findFirst().orElseThrow();
        assertThat(filler.location()).map(Sourced::source).contains(Sourced.GOOGLE_PLACES);
    }

    @Test
    void everyStudioKeepsTheEmailAddressItsOwnSitePublishes() {
        for (Roster.Studio expected : city.roster().studiosWithWebsites()) {
            Studio stored = studios.stream().filter(s -> s.sourceId().equals(expected.placeId())).findFirst()
                    .orElseThrow();
            assertThat(stored.email()).as(expected.key()).isEqualTo(Optional.ofNullable(expected.email()));
        }
        assertThat(studios).filteredOn(s -> s.website().isEmpty()).allMatch(s -> s.email().isEmpty());
        assertThat(logs).doesNotContain("@inkwell-anchor.example").doesNotContain("hello@");
    }

    @Test
    void logsCarryNoHandleOrNameInClearAndNeverTheToken() {
        assertThat(logs).isNotBlank().doesNotContain(tad.samplecity.GraphServer.ACCESS_TOKEN);
        for (Roster.Artist a : city.roster().artists()) {
            assertThat(logs.toLowerCase(Locale.ROOT)).as("logs mention " + a.handle())
                    .doesNotContain(a.handle().toLowerCase(Locale.ROOT))
                    .doesNotContain(a.name().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aRecrawlOfUnchangedSitesCostsRobotsTxtAndOneConditionalRequestPerPage() {
        int conditional = 0;
        int firstTotal = 0;
        int againTotal = 0;
        for (Roster.Studio studio : city.roster().studiosWithWebsites()) {
            List<Fixture.RecordedRequest> all = city.site(studio.key()).orElseThrow().requests();
            List<Fixture.RecordedRequest> first = all.subList(0, firstRunRequests.get(studio.key()));
            List<Fixture.RecordedRequest> again = all.subList(firstRunRequests.get(studio.key()), all.size());
            List<String> pagesAgain = again.stream().map(Fixture.RecordedRequest::pathAndQuery)
                    .filter(path -> !path.equals("/robots.txt")).toList();
            assertThat(again.stream().filter(r -> r.pathAndQuery().equals("/robots.txt"))).as(studio.key()).hasSize(1);
            assertThat(pagesAgain).as(studio.key() + ": no page twice, none the first run did not ask for")
                    .doesNotHaveDuplicates()
                    .isSubsetOf(first.stream().map(Fixture.RecordedRequest::pathAndQuery).toList());
            assertThat(pagesAgain).as(studio.key() + ": the missing sitemap is not asked for again")
                    .doesNotContain("/sitemap.xml");
            assertThat(again).as(studio.key() + ": pages asked for with the validators of the first run")
                    .anyMatch(r -> r.headers().containsKey("if-none-match"));
            conditional += (int) again.stream().filter(r -> r.headers().containsKey("if-none-match")).count();
            firstTotal += first.size();
            againTotal += again.size();
        }
        System.out.printf("studio sites: first crawl %d requests, recrawl %d (%d conditional, %d robots.txt)%n",
                firstTotal, againTotal, conditional, city.roster().studiosWithWebsites().size());
        // every page is a 304 or the same redirect as last run, except the one roster page naming the denylisted
        // artist: the page memory never keeps a page that names a denylisted artist, so it is fetched in full again
        assertThat(second.out()).contains("pages changed:      1 ");
        assertThat(second.out()).containsPattern("pages unchanged: +(\\d+) ");
        int unchanged = Integer.parseInt(second.out().replaceAll("(?s).*pages unchanged: +(\\d+) .*", "$1"));
        assertThat(unchanged).isGreaterThanOrEqualTo(conditional);
        Run crawls = Run.tad(env(), "crawls");
        assertThat(crawls.out().lines().filter(l -> l.contains("COMPLETED")).findFirst().orElseThrow())
                .contains(" 1/" + unchanged + " ");
    }

    @Test
    void aSecondCrawlDuplicatesNothingAndFindsNothingNew() {
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("new:                0");
        assertThat(Ids.artistId("mara.inkwell")).isIn(artists.stream().map(Artist::artistId).toList());
        Run crawls = Run.tad(env(), "crawls");
        assertThat(crawls.out().lines().filter(l -> l.contains("COMPLETED"))).hasSize(2);
    }
}
