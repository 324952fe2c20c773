package tad.plugins.studiowebsite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * What this plugin keeps of one URL between runs (the yield in the host's page memory), gzipped JSON. For a page
 * it is what the page yielded — its evidence (handles with their names, the artists' facts, published e-mail
 * addresses, JSON-LD studio facts, the title) and its links — never the page's HTML: the memory then holds no more
 * about anyone than the crawl itself records, and a 304 yields exactly what the 200 did. A script-built page that
 * was rendered keeps only its hash (it is refetched and rendered every run: its roster may change without its
 * HTML shell changing). For a redirect it is the target, for a sitemap the URLs it contributed, and for a missing
 * sitemap the fact that it was missing.
 *
 * @param kind      what the URL was
 * @param sha256    the body's hash, to tell an unchanged page from a changed one when the site sends no validators
 * @param location  a redirect's target
 * @param reading   the version of the page reading that produced {@code evidence} and {@code links}
 * @param evidence  what a page told us (null for a rendered page and other kinds)
 * @param links     a page's links
 * @param rendered  whether the page is script-built and was read from its rendering
 * @param urls      a sitemap's roster-like page URLs
 * @param children  a sitemap index's child sitemaps that were chosen
 */
record PageRecord(Kind kind, String sha256, String location, int reading, PageEvidence evidence,
                  List<PageLinks.Link> links, boolean rendered, List<String> urls, List<String> children) {
    /**
     * Raise it whenever {@link PageReader} or {@link PageLinks} read pages differently: a record of another
     * version is not used, so the page is fetched in full once and read by the current code.
     */
    static final int READING = 1;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    enum Kind { PAGE, REDIRECT, SITEMAP, ABSENT }

    PageRecord {
        links = links == null ? List.of() : List.copyOf(links);
        urls = urls == null ? List.of() : List.copyOf(urls);
        children = children == null ? List.of() : List.copyOf(children);
    }

    static PageRecord page(byte[] body, PageEvidence evidence, List<PageLinks.Link> links) {
        return new PageRecord(Kind.PAGE, sha256(body), null, READING, evidence, links, false, List.of(), List.of());
    }

    static PageRecord renderedPage(byte[] body) {
        return new PageRecord(Kind.PAGE, sha256(body), null, READING, null, List.of(), true, List.of(), List.of());
    }

    static PageRecord redirect(String location) {
        return new PageRecord(Kind.REDIRECT, null, location, READING, null, List.of(), false, List.of(), List.of());
    }

    static PageRecord sitemap(byte[] body, List<String> urls, List<String> children) {
        return new PageRecord(Kind.SITEMAP, sha256(body), null, READING, null, List.of(), false, urls, children);
    }

    static PageRecord absent() {
        return new PageRecord(Kind.ABSENT, null, null, READING, null, List.of(), false, List.of(), List.of());
    }

    /** A page whose remembered reading can stand for a 304: read by this version, not rendered. */
    boolean reusablePage() {
        return kind == Kind.PAGE && reading == READING && evidence != null && !rendered;
    }

    /** The handles the record names, for the host's denylist check and its index of names. */
    List<String> names() {
        if (evidence == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(evidence.sightings().stream().map(HandleSighting::handle),
                evidence.business().flatMap(tad.plugin.StudioDetails::instagramHandle).stream()).distinct().toList();
    }

    byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            JSON.writeValue(gzip, this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a page record", e);
        }
        return out.toByteArray();
    }

    /** The record, or empty when the bytes are not one (written by another release, or damaged). */
    static Optional<PageRecord> decode(byte[] yield) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(yield))) {
            return Optional.ofNullable(JSON.readValue(in, PageRecord.class)).filter(record -> record.kind() != null);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
