package tad.plugins.studiowebsite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * it is the page's HTML itself, not what was read from it: a 304 then yields exactly what a 200 would, read by the
 * extraction of the current release. For a redirect it is the target, for a sitemap the URLs it contributed, and
 * for a missing sitemap the fact that it was missing.
 *
 * @param kind      what the URL was
 * @param sha256    the body's hash, to tell an unchanged page from a changed one when the site sends no validators
 * @param location  a redirect's target
 * @param html      a page's HTML
 * @param urls      a sitemap's roster-like page URLs
 * @param children  a sitemap index's child sitemaps that were chosen
 */
record PageRecord(Kind kind, String sha256, String location, String html, List<String> urls, List<String> children) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    enum Kind { PAGE, REDIRECT, SITEMAP, ABSENT }

    PageRecord {
        urls = urls == null ? List.of() : List.copyOf(urls);
        children = children == null ? List.of() : List.copyOf(children);
    }

    static PageRecord page(byte[] body, String html) {
        return new PageRecord(Kind.PAGE, sha256(body), null, html, List.of(), List.of());
    }

    static PageRecord redirect(String location) {
        return new PageRecord(Kind.REDIRECT, null, location, null, List.of(), List.of());
    }

    static PageRecord sitemap(byte[] body, List<String> urls, List<String> children) {
        return new PageRecord(Kind.SITEMAP, sha256(body), null, null, urls, children);
    }

    static PageRecord absent() {
        return new PageRecord(Kind.ABSENT, null, null, null, List.of(), List.of());
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
