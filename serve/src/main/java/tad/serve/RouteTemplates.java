package tad.serve;

import java.util.regex.Pattern;

/**
 * The route template a request path belongs to, for metric labels and access logs: a bounded set of values, so
 * neither artist ids nor junk paths can blow up the number of time series, and no path text reaches the logs.
 */
final class RouteTemplates {
    private static final Pattern ARTIST = Pattern.compile("/api/artists/[^/]+/?");

    private RouteTemplates() {
    }

    static String of(String path) {
        return switch (path) {
            case "/api/artists", "/api/artists/" -> "/api/artists";
            case "/api/styles", "/api/styles/" -> "/api/styles";
            case "/api/health", "/api/health/" -> "/api/health";
            case "/api/removal-requests", "/api/removal-requests/" -> "/api/removal-requests";
            case "/api/openapi.json" -> "/api/openapi.json";
            case "/metrics" -> "/metrics";
            case "/robots.txt" -> "/robots.txt";
            case "/sitemap.xml" -> "/sitemap.xml";
            default -> other(path);
        };
    }

    private static String other(String path) {
        if (ARTIST.matcher(path).matches()) {
            return "/api/artists/{id}";
        }
        if (path.startsWith("/sitemaps/")) {
            return "/sitemaps/{file}";
        }
        if (path.startsWith("/media/")) {
            return "/media/{key}";
        }
        if (path.startsWith("/api/")) {
            return "/api/unknown";
        }
        return "/{web}";
    }
}
