package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import tad.core.domain.Ids;
import tad.core.search.ArtistDocument;
import tad.search.lucene.LuceneSearchIndex;

/**
 * The sitemap on a real Lucene index: valid against the sitemaps.org XML schemas (vendored, see
 * {@code sitemaps/README.md}), every indexed artist once with its lastmod, split into an index of parts past the
 * size limit (a small limit here, so the split shows without 50,000 artists), and a deleted artist gone at once.
 */
class SitemapTest {
    private static final String ORIGIN = "https://tad.example";
    private static final List<String> PAGES = List.of("/", "/styles/", "/about/", "/?style=blackwork&x=<&'>");
    private static final Instant T0 = Instant.parse("2026-11-25T03:59:38.123Z");

    @TempDir
    Path dir;
    private LuceneSearchIndex index;
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void indexArtists() {
        index = new LuceneSearchIndex(dir.resolve("index"));
        for (int i = 0; i < 60; i++) {
            String id = Ids.artistId("artist." + i);
            ids.add(id);
            index.upsert(new ArtistDocument(id, "Artist " + i, "artist." + i, "", List.of(), "Leeds", "GB", null,
                    List.of(), List.of(), null, null, T0.plusSeconds(i), List.of()));
        }
        index.refresh();
        ids.sort(null);
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void oneFileListsThePagesAndEveryArtistWithLastmod() throws Exception {
        String xml = new Sitemaps(index).root(ORIGIN, PAGES);

        validate(xml, "sitemap.xsd");
        Document doc = Jsoup.parse(xml, Parser.xmlParser());
        List<String> locs = doc.select("url > loc").eachText();
        assertThat(locs.subList(0, 4)).containsExactly("https://tad.example/", "https://tad.example/styles/",
                "https://tad.example/about/", "https://tad.example/?style=blackwork&x=<&'>");
        assertThat(locs.subList(4, locs.size())).containsExactlyElementsOf(ids.stream()
                .map(id -> ORIGIN + "/artists/" + id).toList());
        Element seventh = doc.select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith(Ids.artistId("artist.7"))).findFirst().orElseThrow();
        assertThat(seventh.selectFirst("lastmod").text()).isEqualTo("2026-11-25T03:59:45Z"); // T0 + 7 s, to the second
        assertThat(doc.select("url").subList(0, 4)).allMatch(u -> u.selectFirst("lastmod") == null);
    }

    @Test
    void pastTheLimitItIsAnIndexOfPartsThatTogetherListEveryArtistOnce() throws Exception {
        Sitemaps sitemaps = new Sitemaps(index, 10);
        String root = sitemaps.root(ORIGIN, PAGES);

        validate(root, "siteindex.xsd");
        List<String> parts = Jsoup.parse(root, Parser.xmlParser()).select("sitemap > loc").eachText();
        // 64 addresses in parts of at most 10: one hex digit gives 16 parts of about 4, under half the limit
        assertThat(sitemaps.prefixDigits(64)).isEqualTo(1);
        assertThat(sitemaps.prefixDigits(100)).isEqualTo(2);
        assertThat(parts).hasSize(1 + 16).first().isEqualTo("https://tad.example/sitemaps/pages.xml");
        assertThat(parts.get(1)).isEqualTo("https://tad.example/sitemaps/artists-a0.xml");
        List<String> listed = new ArrayList<>();
        for (String part : parts) {
            String name = part.substring((ORIGIN + "/sitemaps/").length(), part.length() - ".xml".length());
            String xml = sitemaps.part(name, ORIGIN, PAGES).orElseThrow();
            validate(xml, "sitemap.xsd");
            List<String> locs = Jsoup.parse(xml, Parser.xmlParser()).select("url > loc").eachText();
            assertThat(locs.size()).as(name).isLessThanOrEqualTo(10);
            listed.addAll(locs);
        }
        assertThat(listed.subList(0, 4)).hasSize(4).allMatch(loc -> !loc.contains("/artists/"));
        assertThat(listed.subList(4, listed.size())).containsExactlyElementsOf(ids.stream()
                .map(id -> ORIGIN + "/artists/" + id).toList());
        assertThat(sitemaps.part("artists-zz", ORIGIN, PAGES)).isEmpty();
        assertThat(sitemaps.part("artists-a00", ORIGIN, PAGES)).isEmpty(); // not a part at this size
        assertThat(new Sitemaps(index).part("pages", ORIGIN, PAGES)).isEmpty(); // one file: no parts
    }

    @Test
    void aDeletedArtistLeavesTheSitemapAtOnce() throws Exception {
        String gone = ids.get(17);
        assertThat(new Sitemaps(index).root(ORIGIN, PAGES)).contains("/artists/" + gone + "<");

        index.delete(gone);
        index.refresh();

        String xml = new Sitemaps(index).root(ORIGIN, PAGES);
        validate(xml, "sitemap.xsd");
        assertThat(xml).doesNotContain(gone).contains("/artists/" + ids.get(18) + "<");
    }

    @Test
    void theSchemasRefuseWhatTheProtocolDoesNotAllow() {
        String bad = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url>"
                + "<loc>https://tad.example/</loc><lastmod>25 Nov 2026</lastmod></url></urlset>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(bad, "sitemap.xsd"))
                .isInstanceOf(SAXException.class).hasMessageContaining("25 Nov 2026");
    }

    private static void validate(String xml, String schemaFile) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(new StreamSource(Optional.ofNullable(
                SitemapTest.class.getResource("sitemaps/" + schemaFile)).orElseThrow().toString()));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
