package tad.core.pipeline;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSiteFacts;

/**
 * Bounds on what an artist source may hand over about one artist, applied by the host whatever the plugin did:
 * scraped pages can be hostile or broken, and a bio of a megabyte or a page of five hundred images must not reach
 * the store, the index or the media mirror. Only http(s) URLs pass; text is cut at a word boundary.
 */
final class SiteFactsLimits {
    static final int BIO_CHARS = 1500;
    static final int IMAGES = 12;
    static final int SPECIALISMS = 12;
    static final int SPECIALISM_CHARS = 40;

    private SiteFactsLimits() {
    }

    static ArtistCandidate bounded(ArtistCandidate candidate) {
        ArtistSiteFacts site = candidate.site();
        ArtistSiteFacts bounded = new ArtistSiteFacts(site.page(), cut(site.bio().strip(), BIO_CHARS),
                site.portraitUrl().filter(SiteFactsLimits::isWebUrl),
                site.portfolioUrls().stream().filter(SiteFactsLimits::isWebUrl).distinct().limit(IMAGES).toList(),
                site.specialisms().stream().map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> cut(s, SPECIALISM_CHARS)).distinct().limit(SPECIALISMS).toList());
        return new ArtistCandidate(candidate.instagramHandle(), candidate.name(), candidate.foundOn(), bounded);
    }

    static boolean isWebUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int space = text.lastIndexOf(' ', max - 1);
        return text.substring(0, space > max / 2 ? space : max - 1).stripTrailing() + "…";
    }
}
