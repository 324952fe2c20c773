package tad.plugins.studiowebsite;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One URL for one page, before it is fetched and before it is compared with the pages already seen: crawler-commons'
 * {@link BasicURLNormalizer} lower-cases scheme and host, drops default ports and fragments, resolves dot segments
 * and normalises percent-encoding; on top of it, tracking parameters are dropped ({@code utm_*}, {@code gclid},
 * {@code fbclid}, …), {@code index.html} is folded into its folder, and {@link #key} unifies trailing-slash variants.
 *
 * <p>The query is handled here rather than by the library: crawler-commons 1.4 and 1.5 turn {@code =} into
 * {@code ?} in a query when the path holds an escaped character ({@code /a%7eb?x=1} becomes {@code /a~b?x?1}).
 */
final class CanonicalUrls {
    private static final BasicURLNormalizer NORMALIZER = new BasicURLNormalizer();
    private static final List<String> INDEX_PAGES = List.of("index.html", "index.htm", "index.php", "default.aspx");

    private final List<String> droppedParameters;
    private final boolean foldIndexPages;

    /**
     * @param droppedParameters query parameter names to drop, lower case; a trailing {@code *} matches any suffix
     * @param foldIndexPages    whether {@code /x/index.html} is the same page as {@code /x/}
     */
    CanonicalUrls(List<String> droppedParameters, boolean foldIndexPages) {
        this.droppedParameters = droppedParameters.stream().map(p -> p.strip().toLowerCase(Locale.ROOT))
                .filter(p -> !p.isEmpty()).toList();
        this.foldIndexPages = foldIndexPages;
    }

    /** The canonical form of an absolute http(s) URL; empty when it is not one. */
    Optional<String> canonical(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        int hash = text.indexOf('#');
        if (hash >= 0) {
            text = text.substring(0, hash);
        }
        int question = text.indexOf('?');
        String base = question >= 0 ? text.substring(0, question) : text;
        String query = question >= 0 ? text.substring(question + 1) : "";
        String normal = NORMALIZER.filter(base);
        if (normal == null || !isWebUrl(normal)) {
            return Optional.empty();
        }
        if (foldIndexPages) {
            normal = foldIndex(normal);
        }
        String kept = keptQuery(query);
        return Optional.of(kept.isEmpty() ? normal : normal + "?" + kept);
    }

    /** What two URLs of one page have in common: the canonical form without a trailing slash (the root keeps it). */
    Optional<String> key(String url) {
        return canonical(url).map(CanonicalUrls::withoutTrailingSlash);
    }

    private String keptQuery(String query) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (droppedParameters.stream().noneMatch(rule -> matches(rule, name))) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static boolean matches(String rule, String name) {
        return rule.endsWith("*") ? name.startsWith(rule.substring(0, rule.length() - 1)) : name.equals(rule);
    }

    private static String foldIndex(String url) {
        for (String index : INDEX_PAGES) {
            if (url.toLowerCase(Locale.ROOT).endsWith("/" + index)) {
                return url.substring(0, url.length() - index.length());
            }
        }
        return url;
    }

    private static String withoutTrailingSlash(String url) {
        int question = url.indexOf('?');
        String path = question >= 0 ? url.substring(0, question) : url;
        String query = question >= 0 ? url.substring(question) : "";
        URI uri = URI.create(path);
        if (path.endsWith("/") && uri.getRawPath() != null && uri.getRawPath().length() > 1) {
            path = path.substring(0, path.length() - 1);
        }
        return path + query;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
