package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.StudioRef;
import tad.samplecity.SiteServer;

/**
 * Crawls every site of the corpus over real HTTP and measures precision and recall of the artist handles found,
 * how often the studio's own account was recognised, and whether the studio's published e-mail address was found.
 * Prints a per-site table and the totals.
 */
class CorpusPrecisionRecallIT {

    @Test
    void findsTheArtistsOfEverySiteInTheCorpus() {
        List<Corpus.Site> sites = Corpus.all();
        assertThat(sites).hasSizeGreaterThanOrEqualTo(15);
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int studioAccountsRight = 0;
        int studioAccountsExpected = 0;
        int emailsRight = 0;
        int emailsChecked = 0;
        long totalMillis = 0;
        int totalPages = 0;
        System.out.printf("%-22s %5s %5s %5s %6s %7s  %s%n", "site", "tp", "fp", "fn", "pages", "ms", "notes");
        for (Corpus.Site site : sites) {
            long started = System.nanoTime();
            ArtistSourceResult result;
            try (SiteServer server = site.server().get()) {
                result = new StudioWebsiteSource().findArtists(new StudioRef(site.name(), site.studioName(),
                        Optional.of(server.baseUri() + "/"), site.city()), TestContexts.fast());
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Set<String> found = new HashSet<>(result.candidates().stream().map(ArtistCandidate::instagramHandle).toList());
            Set<String> expected = new HashSet<>(site.artists());
            Set<String> wrong = new HashSet<>(found);
            wrong.removeAll(expected);
            Set<String> missed = new HashSet<>(expected);
            missed.removeAll(found);
            truePositives += found.size() - wrong.size();
            falsePositives += wrong.size();
            falseNegatives += missed.size();
            if (site.studioHandle().isPresent()) {
                studioAccountsExpected++;
                studioAccountsRight += result.studio().instagramHandle().equals(site.studioHandle()) ? 1 : 0;
            }
            if (site.email() != null) {
                emailsChecked++;
                emailsRight += result.studio().email().equals(site.email()) ? 1 : 0;
            }
            totalMillis += millis;
            totalPages += result.pagesFetched();
            System.out.printf("%-22s %5d %5d %5d %6d %7d  %s%s studio=%s email=%s failures=%s%n", site.name(),
                    found.size() - wrong.size(), wrong.size(), missed.size(), result.pagesFetched(), millis,
                    wrong.isEmpty() ? "" : "extra=" + wrong + " ", missed.isEmpty() ? "" : "missed=" + missed,
                    result.studio().instagramHandle().orElse("-"), result.studio().email().orElse("-"),
                    result.failures().stream().map(failure -> failure.reason().name()).toList());
        }
        double precision = truePositives / (double) Math.max(1, truePositives + falsePositives);
        double recall = truePositives / (double) Math.max(1, truePositives + falseNegatives);
        System.out.printf("sites=%d precision=%.3f recall=%.3f studio-accounts=%d/%d emails=%d/%d pages/site=%.1f"
                        + " ms/site=%d%n", sites.size(), precision, recall, studioAccountsRight, studioAccountsExpected,
                emailsRight, emailsChecked,
                totalPages / (double) sites.size(), totalMillis / sites.size());
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.98);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(emailsRight).as("published e-mail addresses found").isEqualTo(emailsChecked);
    }
}
