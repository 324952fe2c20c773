package tad.core.memory;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import tad.plugin.RememberedPage;

/**
 * Where what each plugin's pages yielded is kept between crawl runs, with the pages' validators (the host side of
 * {@link tad.plugin.PageMemory}). Entries are grouped by site, so that everything kept about one site can be
 * forgotten at once, and indexed by the keyed hashes of the handles they name ({@link PageMemoryNames} hashes them
 * with the denylist's key), so that a removal finds every site whose pages name the artist without a scan.
 */
public interface PageMemoryStore {

    /** The largest yield kept; a larger one is not remembered (the page is simply fetched in full next time). */
    int MAX_YIELD_BYTES = 300 * 1024;

    Optional<RememberedPage> recall(String owner, URI page);

    /**
     * Keeps the page's memory for its owner (a plugin id), replacing what was kept.
     *
     * @param names the keyed hashes of the handles the page names (never the handles: {@code memory.names()} is
     *              not stored)
     */
    void remember(String owner, URI page, RememberedPage memory, Set<String> names);

    /** Forgets one page of one owner, with its names. */
    void forget(String owner, URI page);

    /** Forgets every page kept for the site of this URL (scheme, host and port), for every owner; returns how many. */
    int forgetSite(URI site);

    /** The sites ({@link #siteOf}) with a remembered page naming this keyed hash. */
    Set<String> sitesNaming(String name);

    /** Forgets every site with a page naming this keyed hash; returns how many pages were forgotten. */
    default int forgetNaming(String name) {
        return sitesNaming(name).stream().mapToInt(site -> forgetSite(URI.create(site))).sum();
    }

    /** The site a page belongs to, as the store groups it: {@code https://www.studio.example:443}. */
    static String siteOf(URI page) {
        String scheme = page.getScheme() == null ? "http" : page.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = page.getPort() != -1 ? page.getPort() : "https".equals(scheme) ? 443 : 80;
        String host = page.getHost() == null ? "" : page.getHost().toLowerCase(java.util.Locale.ROOT);
        return scheme + "://" + host + ":" + port;
    }
}
