package tad.cli.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One plain-HTML website per studio, each on its own port (so its own host, as real studio sites are): a
 * robots.txt that allows everything and a home page listing the studio's artists with links to their Instagram.
 */
final class StudioSites implements AutoCloseable {
    private static final String HTML = "text/html; charset=utf-8";

    private final List<LoopbackServer> sites = new ArrayList<>();

    StudioSites(CityShape shape) {
        for (int s = 0; s < shape.studios(); s++) {
            byte[] home = homePage(shape, s).getBytes(StandardCharsets.UTF_8);
            sites.add(new LoopbackServer("studio-site-" + s, 1, (path, query) -> switch (path) {
                case "/robots.txt" -> new LoopbackServer.Reply(200, "text/plain", bytes("User-agent: *\nAllow: /\n"));
                case "/", "/index.html" -> new LoopbackServer.Reply(200, HTML, home);
                default -> new LoopbackServer.Reply(404, HTML, bytes("<!DOCTYPE html><title>Not found</title>"));
            }));
        }
    }

    static String studioName(int studio) {
        return "Bench Studio " + studio;
    }

    URI website(int studio) {
        return sites.get(studio).baseUri();
    }

    long requests() {
        return sites.stream().mapToLong(LoopbackServer::requests).sum();
    }

    /** When the first studio site was asked for anything: the crawl has discovered its studios by then. */
    long firstRequestNanos() {
        return sites.stream().mapToLong(LoopbackServer::firstRequestNanos).min().orElse(Long.MAX_VALUE);
    }

    private static String homePage(CityShape shape, int studio) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(studioName(studio)).append("</title></head><body>\n<h1>").append(studioName(studio))
                .append("</h1>\n<p>Custom tattoos, walk-ins on Saturdays.</p>\n<h2>Our artists</h2>\n");
        for (int slot = 0; slot < shape.artistsPerStudio(); slot++) {
            int artist = shape.artist(studio, slot);
            html.append("<div class=\"artist\"><h3>").append(CityShape.name(artist)).append("</h3><p>")
                    .append(CityShape.style(artist)).append(". <a href=\"https://www.instagram.com/")
                    .append(CityShape.handle(artist)).append("/\">Instagram</a></p></div>\n");
        }
        return html.append("<p>").append(studio).append(" Bench Street, Benchville.</p>\n</body></html>\n").toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        sites.forEach(LoopbackServer::close);
    }
}
