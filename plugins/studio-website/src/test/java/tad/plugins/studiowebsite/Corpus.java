package tad.plugins.studiowebsite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import tad.samplecity.Roster;
import tad.samplecity.SiteServer;

/**
 * The test corpus: the sample city's studio websites (expected artists from its roster) and the extra recorded
 * sites under {@code src/test/resources/sites/<name>/} (expected artists in each {@code expected.json}).
 */
final class Corpus {

    /**
     * @param name         site name
     * @param studioName   the studio's name as the engine would pass it (from Google)
     * @param artists      expected artist handles
     * @param studioHandle expected studio account, if any
     * @param email        expected published e-mail address (empty: none), or null when not checked
     * @param server       starts the site's server
     * @param city         the city the engine would pass with the studio
     */
    record Site(String name, String studioName, List<String> artists, Optional<String> studioHandle,
                Optional<String> email, Supplier<SiteServer> server, String city) {
    }

    /**
     * The expected results of an extra corpus site ({@code expected.json}); {@code "email": ""} expects no address,
     * and without "email" the address is not checked.
     */
    record Expected(String studioName, List<String> artists, String studioHandle, String email, String city) {
    }

    private Corpus() {
    }

    static List<Site> all() {
        List<Site> sites = new ArrayList<>(sampleCity());
        sites.addAll(extras());
        return sites;
    }

    static List<Site> sampleCity() {
        return Roster.load().studiosWithWebsites().stream()
                .map(studio -> new Site(studio.key(), studio.name(), studio.artists(),
                        Optional.ofNullable(studio.studioHandle()), Optional.ofNullable(studio.email()),
                        () -> SiteServer.start(studio.key()), "Leeds"))
                .toList();
    }

    static List<Site> extras() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (Stream<Path> dirs = Files.list(extrasRoot())) {
            return dirs.filter(Files::isDirectory).sorted().map(dir -> {
                try {
                    Expected expected = mapper.readValue(dir.resolve("expected.json").toFile(), Expected.class);
                    return new Site(dir.getFileName().toString(), expected.studioName(), expected.artists(),
                            Optional.ofNullable(expected.studioHandle()),
                            expected.email() == null ? null : Optional.of(expected.email()).filter(e -> !e.isEmpty()),
                            () -> SiteServer.startFromDirectory(dir),
                            expected.city() == null ? "Leeds" : expected.city());
                } catch (IOException e) {
                    throw new UncheckedIOException("bad expected.json in " + dir, e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path extrasRoot() {
        try {
            return Path.of(Corpus.class.getResource("/sites").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
