package tad.plugins.studiowebsite;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PageMemory;
import tad.plugin.PoliteHttp;
import tad.plugin.RememberedPage;
import tad.plugin.RequestOptions;
import tad.plugin.Validators;

/**
 * Roster-like pages listed in the site's sitemaps, so they are read first even when no menu links to them. The
 * sitemaps are the ones robots.txt names in {@code Sitemap:} lines, else {@code /sitemap.xml}; crawler-commons
 * parses them (XML, sitemap indexes, gzip, plain text, RSS and Atom). An index's children are read roster-like
 * first ({@code team-sitemap.xml}, {@code page-sitemap.xml}), blog, product and media sitemaps last, up to
 * {@code max-sitemaps} files. Each file is fetched conditionally, and a missing {@code /sitemap.xml} is not asked
 * for again for {@link #ABSENT_FOR}.
 */
final class Sitemaps {
    static final Duration ABSENT_FOR = Duration.ofDays(30);
    /** robots.txt checked, same-site redirects followed, retries on, the host's size cap. */
    private static final RequestOptions SITEMAP = RequestOptions.webPage();
    private static final List<String> LAST_WORDS = List.of("post", "blog", "news", "product", "category", "tag",
            "author", "image", "video", "event", "shop", "archive");

    private final PoliteHttp http;
    private final PageMemory memory;
    private final Clock clock;
    private final SiteScope scope;
    private final CrawlJournal journal;
    private final int maxFiles;

    Sitemaps(PoliteHttp http, PageMemory memory, Clock clock, SiteScope scope, CrawlJournal journal, int maxFiles) {
        this.http = http;
        this.memory = memory;
        this.clock = clock;
        this.scope = scope;
        this.journal = journal;
        this.maxFiles = maxFiles;
    }

    /** Roster-like pages of the site found in its sitemaps, in sitemap order. */
    List<String> rosterPages(URI start, List<URI> declared) {
        boolean probing = declared.isEmpty();
        Deque<URI> queue = new ArrayDeque<>(probing ? List.of(start.resolve("/sitemap.xml")) : declared);
        Set<String> pages = new LinkedHashSet<>();
        Set<URI> read = new LinkedHashSet<>();
        while (!queue.isEmpty() && read.size() < maxFiles) {
            URI sitemap = queue.removeFirst();
            if (!read.add(sitemap)) {
                continue;
            }
            Optional<PageRecord> found = read(sitemap, probing && read.size() == 1);
            found.ifPresent(record -> {
                pages.addAll(record.urls());
                record.children().forEach(child -> queue.addLast(URI.create(child)));
            });
        }
        queue.forEach(left -> journal.skipped(left.toString(), "more than max-sitemaps (" + maxFiles + ") sitemaps"));
        return List.copyOf(pages);
    }

    private Optional<PageRecord> read(URI sitemap, boolean probe) {
        Optional<RememberedPage> remembered = memory.recall(sitemap);
        Optional<PageRecord> before = remembered.flatMap(r -> PageRecord.decode(r.yield()));
        if (before.filter(r -> r.kind() == PageRecord.Kind.ABSENT).isPresent()
                && remembered.get().fetchedAt().plus(ABSENT_FOR).isAfter(clock.instant())) {
            journal.skipped(sitemap.toString(), "no sitemap here when last asked (" + remembered.get().fetchedAt()
                    + ")");
            return Optional.empty();
        }
        Map<String, String> headers = before.filter(r -> r.kind() == PageRecord.Kind.SITEMAP).isPresent()
                ? remembered.get().validators().conditionalHeaders() : Map.of();
        HttpResponse response;
        try {
            response = http.get(sitemap, headers, SITEMAP);
        } catch (HttpFailure failure) {
            journal.visitFailed(sitemap.toString(), "sitemap: " + failure.failure().detail());
            return Optional.empty();
        }
        if (response.notModified() && before.isPresent()) {
            journal.unchanged(sitemap.toString(), "sitemap: HTTP 304 Not Modified, " + before.get().urls().size()
                    + " roster-like pages as last time");
            return before;
        }
        if (!response.isSuccess()) {
            if (probe && response.status() >= 400 && response.status() < 500) {
                memory.remember(sitemap, new RememberedPage(Validators.NONE, PageRecord.absent().encode(),
                        clock.instant()));
            }
            journal.visitFailed(sitemap.toString(), "sitemap: HTTP " + response.status());
            return Optional.empty();
        }
        return parse(sitemap, response, before);
    }

    private Optional<PageRecord> parse(URI sitemap, HttpResponse response, Optional<PageRecord> before) {
        AbstractSiteMap parsed;
        try {
            parsed = new SiteMapParser(false).parseSiteMap(response.contentType().orElse("text/xml"),
                    response.body(), sitemap.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            journal.visitFailed(sitemap.toString(), "sitemap: not a sitemap (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        List<String> urls = new ArrayList<>();
        List<String> children = new ArrayList<>();
        if (parsed instanceof SiteMapIndex index) {
            index.getSitemaps().stream().map(child -> child.getUrl().toString())
                    .sorted(Comparator.comparingInt(Sitemaps::childRank)).forEach(children::add);
        } else if (parsed instanceof SiteMap map) {
            for (SiteMapURL entry : map.getSiteMapUrls()) {
                String url = entry.getUrl().toString();
                if (scope.isOwnSite(url) && SiteScope.looksLikeRoster(url, "")) {
                    urls.add(url);
                }
            }
        }
        PageRecord record = PageRecord.sitemap(response.body(), urls, children);
        boolean same = before.filter(r -> record.sha256().equals(r.sha256())).isPresent();
        memory.remember(sitemap, new RememberedPage(response.validators(), record.encode(), clock.instant()));
        String what = parsed.isIndex() ? "sitemap index of " + children.size() + " sitemaps"
                : "sitemap: " + urls.size() + " roster-like pages";
        if (same) {
            journal.unchanged(sitemap.toString(), what + ", same content as last run");
        } else {
            journal.fetched(sitemap.toString(), what);
        }
        return Optional.of(record);
    }

    /** Roster-like child sitemaps first, then plain pages, then the rest; blogs, shops and media last. */
    private static int childRank(String url) {
        String name = url.toLowerCase(Locale.ROOT);
        if (SiteScope.ROSTER_WORDS.stream().anyMatch(name::contains)) {
            return 0;
        }
        if (LAST_WORDS.stream().anyMatch(name::contains)) {
            return 3;
        }
        return name.contains("page") ? 1 : 2;
    }
}
