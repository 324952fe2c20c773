package tad.plugins.studiowebsite;

import com.google.common.net.InetAddresses;
import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which URLs belong to the studio's own site, which look like roster pages, and which are not worth fetching.
 * "Own site" means the same registrable domain (www.example.co.uk and example.co.uk are one site, per the public
 * suffix list); an IP address or a single-label host such as localhost must match exactly, port included.
 */
public final class SiteScope {
    /** Path words and link texts of pages that usually list a studio's artists. */
    static final List<String> ROSTER_WORDS = List.of("artist", "team", "resident", "crew", "staff", "about",
            "guest", "tattooist", "meet", "people", "who-we-are", "who we are", "our-people");
    private static final Set<String> SKIPPED_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "ico",
            "css", "js", "mjs", "woff", "woff2", "ttf", "mp4", "webm", "mov", "mp3", "avif", "xml", "rss");
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "zip");

    private final String siteKey;

    public SiteScope(URI start) {
        this.siteKey = siteKey(start).orElseThrow(() -> new IllegalArgumentException("not a web URL: " + start));
    }

    public boolean isOwnSite(String url) {
        return parse(url).flatMap(SiteScope::siteKey).map(siteKey::equals).orElse(false);
    }

    /** Whether the path or the link text suggests a page that lists artists. */
    public static boolean looksLikeRoster(String url, String anchorText) {
        String path = parse(url).map(URI::getPath).orElse("").toLowerCase(Locale.ROOT);
        String anchor = anchorText == null ? "" : anchorText.toLowerCase(Locale.ROOT);
        return ROSTER_WORDS.stream().anyMatch(word -> path.contains(word) || anchor.contains(word));
    }

    /** Static assets that never list artists: never fetched. */
    public static boolean isAsset(String url) {
        return SKIPPED_EXTENSIONS.contains(extension(url));
    }

    /** Documents (PDF price lists and the like): not fetched, reported as not HTML. */
    public static boolean isDocument(String url) {
        return DOCUMENT_EXTENSIONS.contains(extension(url));
    }

    public static String pathOf(String url) {
        return parse(url).map(uri -> uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                .orElse(url);
    }

    private static String extension(String url) {
        String path = parse(url).map(URI::getPath).orElse("").toLowerCase(Locale.ROOT);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(dot + 1) : "";
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    ? Optional.of(uri) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> siteKey(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (InetAddresses.isInetAddress(bare) || !host.contains(".")) {
            return Optional.of(host + ":" + uri.getPort());
        }
        try {
            InternetDomainName name = InternetDomainName.from(host);
            return Optional.of(name.isUnderPublicSuffix() ? name.topPrivateDomain().toString() : host);
        } catch (IllegalArgumentException e) {
            return Optional.of(host);
        }
    }
}
