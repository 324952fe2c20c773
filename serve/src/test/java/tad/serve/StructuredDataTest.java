package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tad.core.search.ArtistHit;
import tad.core.search.StudioSummary;

/**
 * The structured data of the profile and search pages against schema.org's own vocabulary rules
 * ({@link SchemaOrgRules}), and the head they go in: every scraped value escaped, no way out of the script element.
 */
class StructuredDataTest {
    private static final String ORIGIN = "https://tad.example";
    private static final String HOSTILE = "Eve \"</script><script>alert(1)</script>' & <b>";
    private static final SchemaOrgRules RULES = new SchemaOrgRules();

    private static ArtistProfile profile(String name, String bio) {
        ArtistProfile.Picture picture = new ArtistProfile.Picture("thumb", "/media/artists/a1/p/thumb.webp", 150, 150,
                "image/webp");
        ArtistProfile.StudioView hydes = new ArtistProfile.StudioView("s1", "Hyde's Hall", "12 Hyde Park Rd, Leeds LS6",
                "Leeds", "GB", new ArtistProfile.Location(53.815, -1.574), "https://hydes.example/");
        ArtistProfile.StudioView guest = new ArtistProfile.StudioView("s2", "Guest </script> Studio", null, "York", "GB",
                null, "javascript:alert(1)");
        return new ArtistProfile("a1", name, "ink.by.eve", URI.create("https://www.instagram.com/ink.by.eve/"), bio,
                picture, List.of(hydes, guest),
                List.of(new ArtistProfile.StyleView("blackwork", "Blackwork", List.of())),
                List.of(), null, Instant.parse("2026-11-25T03:59:38Z"), List.of());
    }

    @Test
    void aProfileIsAPersonWhoWorksForTheStudiosAndIsTheirInstagramAccount() throws IOException {
        JsonNode person = Json.MAPPER.readTree(Json.bytes(ProfileSeo.head(profile("Kaito Rain", "Japanese work."),
                ORIGIN).jsonLd()));

        assertThat(RULES.problems(person)).isEmpty();
        assertThat(person.path("@type").asText()).isEqualTo("Person");
        assertThat(person.path("url").asText()).isEqualTo("https://tad.example/artists/a1");
        assertThat(person.path("sameAs").get(0).asText()).isEqualTo("https://www.instagram.com/ink.by.eve/");
        assertThat(person.path("image").asText()).isEqualTo("https://tad.example/media/artists/a1/p/thumb.webp");
        JsonNode studios = person.path("worksFor");
        assertThat(studios).hasSize(2);
        assertThat(studios.get(0).path("@type").asText()).isEqualTo("TattooParlor");
        assertThat(studios.get(0).path("address").asText()).isEqualTo("12 Hyde Park Rd, Leeds LS6");
        assertThat(studios.get(0).path("geo").path("latitude").asDouble()).isEqualTo(53.815);
        assertThat(studios.get(0).path("url").asText()).isEqualTo("https://hydes.example/");
        assertThat(studios.get(1).path("address").path("addressLocality").asText()).isEqualTo("York");
        assertThat(studios.get(1).has("url")).as("a non-web address is left out").isFalse();
    }

    @Test
    void aSearchPageIsAnItemListOfProfiles() throws IOException {
        List<ArtistHit> hits = List.of(
                new ArtistHit("a1", HOSTILE, "eve", List.of("blackwork"), new StudioSummary("S", "Leeds", null, null), null),
                new ArtistHit("a2", "Sam", "sam", List.of(), null, "/media/x.webp"));
        ArtistsService.SearchResponse results = new ArtistsService.SearchResponse(50, 2, 24, hits,
                new ArtistsService.SearchResponse.Facets(Map.of(), Map.of()));
        PageHead head = SearchSeo.head(PageSearch.parse("style=blackwork&city=Leeds&page=2"), results,
                Map.of("blackwork", "Blackwork"), ORIGIN);
        JsonNode list = Json.MAPPER.readTree(Json.bytes(head.jsonLd()));

        assertThat(RULES.problems(list)).isEmpty();
        assertThat(list.path("itemListElement").get(0).path("position").asInt()).isEqualTo(25);
        assertThat(list.path("itemListElement").get(1).path("url").asText()).isEqualTo("https://tad.example/artists/a2");
        assertThat(head.title()).isEqualTo("Blackwork tattoo artists in Leeds, page 2 · Tattoo Artist Directory");
        assertThat(head.canonical()).isEqualTo("https://tad.example/?city=Leeds&style=blackwork&page=2");
    }

    @Test
    void theRulesCatchWhatSchemaOrgDoesNotAllow() throws IOException {
        JsonNode wrong = Json.MAPPER.readTree("""
                {"@context": "https://schema.org", "@type": "Person", "name": "A", "instagram": "x",
                 "sameAs": ["instagram.com/a"], "worksFor": "Hyde's Hall", "geo": {"@type": "GeoCoordinates"},
                 "knowsAbout": [{"@type": "Tattoo"}], "url": 5,
                 "address": {"@type": "GeoCoordinates", "latitude": true}}""");

        assertThat(RULES.problems(wrong)).containsExactlyInAnyOrder(
                "Person.instagram: not a schema.org property (in the vendored vocabulary)",
                "Person.sameAs: 'instagram.com/a' is not an absolute URL",
                "Person.worksFor: a text where [Organization] is expected",
                "Person.geo: the property is not for Person (domain [Place])",
                "Person.knowsAbout > @type 'Tattoo' is not a schema.org class (in the vendored vocabulary)",
                "Person.url: a number where [URL] is expected",
                "Person.address: a GeoCoordinates where [PostalAddress, Text] is expected",
                "Person.address > GeoCoordinates.latitude: a BOOLEAN where [Number, Text] is expected");
    }

    @Test
    void theHeadCarriesEveryTagWithScrapedTextEscapedAndNoWayOutOfTheScript() throws IOException {
        String page = "<!doctype html><html><head><meta charSet=\"utf-8\"/><title>Artist profile · Tattoo Artist "
                + "Directory</title><link rel=\"icon\" href=\"/icon.svg\"/></head><body><main></main></body></html>";
        ArtistProfile hostile = profile(HOSTILE, "</script><script>alert(2)</script> <!-- \u2028");
        Document doc = Jsoup.parse(ProfileSeo.head(hostile, ORIGIN).applyTo(page));

        assertThat(doc.title()).isEqualTo(HOSTILE + " — tattoo artist in Leeds · Tattoo Artist Directory");
        assertThat(doc.select("title")).hasSize(1);
        assertThat(doc.select("meta[name=description]")).hasSize(1);
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).startsWith(HOSTILE + " (@ink.by.eve)");
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://tad.example/artists/a1");
        assertThat(doc.selectFirst("meta[property=og:title]").attr("content"))
                .isEqualTo(HOSTILE + " — tattoo artist in Leeds");
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://tad.example/media/artists/a1/p/thumb.webp");
        assertThat(doc.select("head > *").stream().map(Element::tagName))
                .containsExactly("meta", "title", "link", "meta", "link", "meta", "meta", "meta", "meta", "meta",
                        "meta", "meta", "meta", "meta", "meta", "meta", "script");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("b")).isEmpty();
        Element json = doc.selectFirst("script[type=application/ld+json]");
        assertThat(json.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode person = Json.MAPPER.readTree(json.data());
        assertThat(person.path("name").asText()).isEqualTo(HOSTILE);
        assertThat(person.path("description").asText()).isEqualTo("</script><script>alert(2)</script> <!-- \u2028");
        assertThat(RULES.problems(person)).isEmpty();
    }

    @Test
    void anArtistKnownOnlyFromTheirStudiosWebsiteIsDescribedByWhatTheSiteSays() throws IOException {
        String siteBio = "Dot draws </script><script>alert(3)</script> & \"botanical\" <b>dotwork</b> \u2028pieces.";
        ArtistProfile.Picture portrait = new ArtistProfile.Picture("large", "/media/artists/a2/site/large.webp", 800,
                1000, "image/webp");
        ArtistProfile.WebsiteView website = new ArtistProfile.WebsiteView("studio-website", "s1", "Kirkstall Kin",
                "https://kin.example/crew/dot/", siteBio, new ArtistProfile.ImageView("i1", "Dot", false, null, 800,
                1000, List.of(portrait)), List.of("Dotwork", "Botanical"), List.of());
        ArtistProfile.StudioView kin = new ArtistProfile.StudioView("s1", "Kirkstall Kin", null, "Leeds", "GB", null,
                "https://kin.example/");
        ArtistProfile siteOnly = new ArtistProfile("a2", "Dot Imrie", "kirkstall.dotty",
                URI.create("https://www.instagram.com/kirkstall.dotty/"), "", null, List.of(kin), List.of(), List.of(),
                website, Instant.parse("2026-11-25T03:59:38Z"), List.of());
        PageHead head = ProfileSeo.head(siteOnly, ORIGIN);
        String page = "<!doctype html><html><head><title>Artist profile</title></head><body></body></html>";
        Document doc = Jsoup.parse(head.applyTo(page));

        assertThat(head.description()).isEqualTo("Dot Imrie (@kirkstall.dotty) is a tattoo artist at Kirkstall Kin, "
                + "Leeds. Styles: Dotwork, Botanical. " + siteBio);
        assertThat(doc.selectFirst("meta[name=description]").attr("content")).isEqualTo(head.description());
        assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                .isEqualTo("https://tad.example/media/artists/a2/site/large.webp");
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("b")).isEmpty();
        Element json = doc.selectFirst("script[type=application/ld+json]");
        assertThat(json.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode person = Json.MAPPER.readTree(json.data());
        assertThat(RULES.problems(person)).isEmpty();
        assertThat(person.path("description").asText()).isEqualTo(siteBio);
        assertThat(person.path("image").asText()).isEqualTo("https://tad.example/media/artists/a2/site/large.webp");
        assertThat(person.path("knowsAbout")).extracting(JsonNode::asText)
                .containsExactly("Dotwork tattoo", "Botanical tattoo");
    }

    @Test
    void aPageWithoutAHeadIsLeftAloneAndAMissingTitleOrDescriptionIsAdded() {
        PageHead head = new PageHead("T & co", "D", "https://tad.example/", Map.of(), null);

        assertThat(head.applyTo("<p>no head</p>")).isEqualTo("<p>no head</p>");
        assertThat(head.applyTo("<html><head></head><body></body></html>")).isEqualTo("<html><head><title>T &amp; co"
                + "</title><meta name=\"description\" content=\"D\"/><link rel=\"canonical\" "
                + "href=\"https://tad.example/\"/></head><body></body></html>");
    }

    @Test
    void longDescriptionsAreCutAtAWord() {
        assertThat(PageHead.shorten("one two  three\nfour", 100)).isEqualTo("one two three four");
        assertThat(PageHead.shorten("alpha beta gamma delta", 12)).isEqualTo("alpha beta…");
    }
}
