package tad.plugins.studiowebsite;

import java.net.URI;
import java.util.List;
import org.pf4j.Extension;
import tad.plugin.ArtistSource;
import tad.plugin.ArtistSourceResult;
import tad.plugin.Failure;
import tad.plugin.PluginContext;
import tad.plugin.StudioDetails;
import tad.plugin.StudioRef;

/**
 * The {@code studio-website} artist source: crawls a studio's own website and reports the artists it lists (never
 * the studio's own account, unless the owner is the studio's only artist) with the studio's details.
 *
 * <p>Every site problem is a recorded failure in the result; nothing here is fatal to the crawl.
 */
@Extension
public class StudioWebsiteSource implements ArtistSource {

    @Override
    public ArtistSourceResult findArtists(StudioRef studio, PluginContext context) {
        if (studio.websiteUrl().isEmpty() || studio.websiteUrl().get().isBlank()) {
            return failed(Failure.Reason.NO_WEBSITE, "the studio has no website");
        }
        URI start;
        try {
            start = URI.create(studio.websiteUrl().get().strip());
            new SiteScope(start);
            if (start.getRawPath() == null || start.getRawPath().isEmpty()) {
                start = start.resolve("/"); // "http://host" and "http://host/" are the same start page
            }
        } catch (IllegalArgumentException e) {
            return failed(Failure.Reason.UNEXPECTED_FORMAT, "not a web address: " + studio.websiteUrl().get());
        }
        CrawlSettings settings = CrawlSettings.from(context.config());
        CrawlOutcome crawl = new SiteCrawl(settings, context).crawl(start, studio.name());
        ArtistSourceResult result = SiteFindings.assemble(studio.name(), studio.city(), crawl);
        context.log().info("studio {}: {} artists from {} pages, {} failures", studio.studioId(),
                result.candidates().size(), result.pagesFetched(), result.failures().size());
        return result;
    }

    private static ArtistSourceResult failed(Failure.Reason reason, String detail) {
        return new ArtistSourceResult(List.of(), StudioDetails.none(), 0, List.of(Failure.of(reason, detail)));
    }
}
