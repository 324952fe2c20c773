package tad.cli;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tad.core.plugins.Loaded;
import tad.plugin.ArtistSource;
import tad.plugin.ArtistSourceResult;
import tad.plugin.PageMemory;
import tad.plugin.PluginContext;
import tad.plugin.SourceException;
import tad.plugin.StudioRef;

/**
 * `tad check URL`: the operator's dry run of one studio site (like Nutch's parsechecker or Scrapy's `parse`). It
 * crawls the site exactly as a crawl would, through the same plugin, polite client, robots.txt and renderer, but
 * writes nothing and remembers nothing (every page is fetched in full), and prints what a crawl would record.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Crawl one studio website as a crawl would, write nothing, and print the artists, the studio's "
                + "own account, the studio details and every page fetched or skipped with the reason.")
final class CheckCommand implements java.util.concurrent.Callable<Integer> {
    static final String SOURCE = "studio-website";

    private final Environment environment;

    @Mixin
    ConfigOptions options;

    @Parameters(index = "0", paramLabel = "URL", description = "The studio's website, e.g. https://inkwell.co.uk/")
    String url;

    @Option(names = "--name", paramLabel = "NAME", description = "The studio's name as Google knows it (tells the "
            + "studio's own account from its artists; default: the site's host name).")
    String name;

    @Option(names = "--city", paramLabel = "CITY", description = "The studio's town (its account's name often leaves "
            + "the town out).")
    String city;

    @Option(names = "--json", description = "One JSON document instead of text.")
    boolean json;

    CheckCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws SourceException {
        URI site = website(url);
        Loaded<ArtistSource> source = options.bootstrap(environment).plugins().extensions(ArtistSource.class).stream()
                .filter(loaded -> loaded.pluginId().equals(SOURCE)).findFirst()
                .orElseThrow(() -> new UsageException("the " + SOURCE + " plugin is not enabled (TAD_PLUGINS_ENABLED)"));
        PluginContext live = source.context();
        // the crawl's own context, minus the page memory: a dry run neither reads nor writes what earlier runs kept
        PluginContext dryRun = new PluginContext(live.http(), live.config(), live.clock(), live.log(),
                PageMemory.NONE, live.renderer());
        String studioName = Optional.ofNullable(name).filter(n -> !n.isBlank()).orElse(site.getHost());
        ArtistSourceResult result = source.extension().findArtists(
                new StudioRef("check", studioName, Optional.of(site.toString()), city == null ? "" : city), dryRun);
        CheckReport report = CheckReport.of(result);
        environment.out().print(json ? report.json() : report.text());
        return 0;
    }

    private static URI website(String text) {
        try {
            URI uri = new URI(text.strip());
            if (uri.getHost() == null || !List.of("http", "https").contains(String.valueOf(uri.getScheme()))) {
                throw new UsageException("URL must be an http(s) address such as https://studio.example/, got '"
                        + text + "'");
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new UsageException("URL must be an http(s) address such as https://studio.example/, got '" + text
                    + "'");
        }
    }
}
