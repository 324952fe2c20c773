package tad.serve;

import static tad.serve.HtmlText.escape;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tad.core.search.ListedArtist;
import tad.core.search.SearchReader;

/**
 * The sitemap (sitemaps.org protocol 0.9), written from the search index on every request, so it lists exactly the
 * artists the index serves: a purged artist leaves it with their index document, nothing to regenerate.
 *
 * <p>Up to {@code maxUrls} addresses (50,000, the protocol's limit) it is one {@code urlset}: the site's pages, one
 * search page per style, and every artist's profile with its {@code lastmod}. Past that, {@code /sitemap.xml} is a
 * {@code sitemapindex} of {@code /sitemaps/pages.xml} and one file per artist-id prefix
 * ({@code /sitemaps/artists-a3f.xml}): artist ids are "a" and hex digits of a hash, so each prefix of {@code n}
 * digits holds about 1/16^n of them, and {@code n} is chosen so each holds at most half the limit on average.
 */
final class Sitemaps {
    static final int MAX_URLS = 50_000;
    private static final String XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final int SLICE = 5_000;
    private static final String PREFIX_START = "a";

    private final SearchReader index;
    private final int maxUrls;

    Sitemaps(SearchReader index) {
        this(index, MAX_URLS);
    }

    /** @param maxUrls the most addresses in one file (smaller only in tests, to see the split without 50,000 artists) */
    Sitemaps(SearchReader index, int maxUrls) {
        this.index = index;
        this.maxUrls = maxUrls;
    }

    /** {@code /sitemap.xml}: every address, or an index of the parts when they are too many for one file. */
    String root(String origin, List<String> pages) {
        int digits = prefixDigits(index.count() + pages.size());
        if (digits == 0) {
            StringBuilder xml = urlsetStart();
            pages.forEach(path -> url(xml, origin + path, null));
            eachArtist("", artist -> url(xml, origin + SearchFirstView.profileHref(artist.artistId()),
                    artist.updatedAt()));
            return xml.append("</urlset>\n").toString();
        }
        StringBuilder xml = new StringBuilder(4096).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<sitemapindex xmlns=\"").append(XMLNS).append("\">\n");
        sitemap(xml, origin + "/sitemaps/pages.xml");
        for (String prefix : prefixes(digits)) {
            sitemap(xml, origin + "/sitemaps/artists-" + prefix + ".xml");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** A part named in the index: {@code pages} or {@code artists-<prefix>}; empty for any other name. */
    Optional<String> part(String name, String origin, List<String> pages) {
        int digits = prefixDigits(index.count() + pages.size());
        StringBuilder xml = urlsetStart();
        if (name.equals("pages") && digits > 0) {
            pages.forEach(path -> url(xml, origin + path, null));
        } else if (name.startsWith("artists-") && digits > 0 && prefixes(digits).contains(name.substring(8))) {
            int[] written = {0};
            eachArtist(name.substring(8), artist -> {
                // a prefix holds half the limit on average; should hashing ever crowd one, the file still obeys it
                if (written[0]++ < maxUrls) {
                    url(xml, origin + SearchFirstView.profileHref(artist.artistId()), artist.updatedAt());
                }
            });
        } else {
            return Optional.empty();
        }
        return Optional.of(xml.append("</urlset>\n").toString());
    }

    /** 0 while everything fits one file; else the hex digits after "a" that split the artists into small enough parts. */
    int prefixDigits(long urls) {
        if (urls <= maxUrls) {
            return 0;
        }
        int digits = 1;
        while (urls / Math.pow(16, digits) > maxUrls / 2.0) {
            digits++;
        }
        return digits;
    }

    private static List<String> prefixes(int digits) {
        List<String> prefixes = new ArrayList<>();
        int count = 1 << (4 * digits);
        for (int i = 0; i < count; i++) {
            String hex = Integer.toHexString(i);
            prefixes.add(PREFIX_START + "0".repeat(digits - hex.length()) + hex);
        }
        return prefixes;
    }

    /** Every listed artist whose id starts with {@code prefix}, in id order, a slice of the index at a time. */
    private void eachArtist(String prefix, Consumer<ListedArtist> visit) {
        String after = prefix;
        while (true) {
            List<ListedArtist> slice = index.listing(after, SLICE);
            for (ListedArtist artist : slice) {
                if (!artist.artistId().startsWith(prefix)) {
                    return;
                }
                visit.accept(artist);
            }
            if (slice.size() < SLICE) {
                return;
            }
            after = slice.getLast().artistId();
        }
    }

    private static StringBuilder urlsetStart() {
        return new StringBuilder(64 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"").append(XMLNS).append("\">\n");
    }

    private static void url(StringBuilder xml, String loc, Instant lastmod) {
        xml.append("<url><loc>").append(escape(loc)).append("</loc>");
        if (lastmod != null) {
            // W3C Datetime, to the second, in UTC
            xml.append("<lastmod>").append(lastmod.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    private static void sitemap(StringBuilder xml, String loc) {
        xml.append("<sitemap><loc>").append(escape(loc)).append("</loc></sitemap>\n");
    }
}
