package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webclient.http1.Http1Client;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The search page as the server sends it: the first page of results for the address's search written into the
 * page's slot, with the API's own answer and the style list as JSON, and a head naming the search with a schema.org
 * ItemList. Pages are read with jsoup (an HTML5 parser). Run in memory and on a real port.
 */
abstract class SearchPageCases extends ApiContract {
    private static final SchemaOrgRules RULES = new SchemaOrgRules();

    SearchPageCases(Http1Client client) {
        super(client);
    }

    @Test
    void theFirstPageOfResultsIsInThePageWithTheApisOwnAnswer() {
        String apiQuery = "city=Leeds&style=blackwork&page=1&size=24";
        JsonNode api = get("/api/artists?" + apiQuery).json();
        Reply reply = get("/?style=blackwork&city=Leeds");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");
        Element slot = slot(reply.body());
        assertThat(slot.select("h2#results-heading.results-heading span[role=status]").text())
                .isEqualTo(artists(api) + " in Leeds");
        assertThat(slot.select("a.results-clear").attr("href")).isEqualTo("/"); // a link: works before the app runs
        assertThat(slot.select("article.artist-card a.artist-card-link").eachAttr("href"))
                .containsExactlyElementsOf(ids(api).stream().map(id -> "/artists/" + id).toList())
                .isNotEmpty();
        Element ann = slot.select("article.artist-card").stream()
                .filter(card -> card.text().contains("@ink.by.ann")).findFirst().orElseThrow();
        assertThat(ann.select("img.artist-card-thumb").attr("src")).startsWith("/media/");
        assertThat(List.of(ann.select("img").attr("width"), ann.select("img").attr("loading"))).containsExactly("320",
                "eager");
        assertThat(ann.select("ul.artist-card-tags li").eachText()).containsExactlyInAnyOrder("Blackwork", "Neo-traditional");
        JsonNode embedded = embeddedJson(slot, SearchFirstView.DATA_ID);
        assertThat(embedded.path("apiQuery").asText()).isEqualTo(apiQuery);
        assertThat(embedded.path("results")).isEqualTo(api);
        assertThat(embedded.path("styles")).isEqualTo(get("/api/styles").json());
    }

    @Test
    void theHeadNamesTheSearchWithACanonicalAddressAndAnItemListOfTheProfiles() throws IOException {
        Document page = Jsoup.parse(get("/?city=Leeds&style=blackwork&sort=relevance").body());
        JsonNode api = get("/api/artists?city=Leeds&style=blackwork&page=1&size=24").json();

        assertThat(page.title()).isEqualTo("Blackwork tattoo artists in Leeds · Tattoo Artist Directory");
        assertThat(page.select("title")).hasSize(1);
        assertThat(page.selectFirst("meta[name=description]").attr("content"))
                .isEqualTo("Blackwork tattoo artists in Leeds: " + artists(api)
                        + " in the directory. See their work and contact them on Instagram.");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(TestWorld.SITE + "/?city=Leeds&style=blackwork");
        assertThat(page.selectFirst("meta[property=og:url]").attr("content"))
                .isEqualTo(TestWorld.SITE + "/?city=Leeds&style=blackwork");
        JsonNode list = Json.MAPPER.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(RULES.problems(list)).isEmpty();
        List<String> urls = new ArrayList<>();
        list.path("itemListElement").forEach(item -> urls.add(item.path("url").asText()));
        assertThat(urls).containsExactlyElementsOf(ids(api).stream().map(id -> TestWorld.SITE + "/artists/" + id).toList());
    }

    @Test
    void theUnfilteredHomePageShowsTheFirstPageOfEveryone() {
        Reply reply = get("/");
        JsonNode api = get("/api/artists?page=1&size=24").json();
        Document page = Jsoup.parse(reply.body());

        assertThat(slot(reply.body()).select("article.artist-card")).hasSize(api.path("items").size());
        assertThat(slot(reply.body()).select("a.results-clear")).isEmpty(); // nothing to clear
        assertThat(page.title()).isEqualTo("Tattoo Artist Directory");
        assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo(SearchSeo.HOME_DESCRIPTION);
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(TestWorld.SITE + "/");
    }

    @Test
    void theMapViewAndAnEmptyResultGetTheirHeadButLeaveTheSlotToTheApp() {
        for (String address : List.of("/?view=map&style=blackwork", "/?q=zzzznothingmatches")) {
            String body = get(address).body();
            assertThat(body).as(address).contains(SearchFirstView.SLOT).doesNotContain(SearchFirstView.DATA_ID);
            assertThat(Jsoup.parse(body).selectFirst("link[rel=canonical]")).as(address).isNotNull();
        }
        assertThat(Jsoup.parse(get("/?view=map&style=blackwork").body()).title())
                .isEqualTo("Blackwork tattoo artists · Tattoo Artist Directory");
    }

    @Test
    void aSearchTheApiWouldRefuseGetsThePageAsBuilt() {
        // the page keeps any slug-shaped style, the API knows only the taxonomy's (the app then shows the API's problem)
        assertThat(get("/?style=not-a-style").body()).isEqualTo(TestWorld.SEARCH_PAGE);
    }

    @Test
    void thePageIsCachedByItsContent() {
        Reply first = get("/?style=blackwork");
        Reply again = get("/?style=blackwork", "If-None-Match", first.header("ETag"));

        assertThat(first.header("ETag")).matches("\"[0-9a-f]{32}\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(get("/?style=dotwork").header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    private static Element slot(String html) {
        return firstViewSlot(html, SearchFirstView.SLOT_ID, "ul.results-grid");
    }

    /** "1 artist", "3 artists" */
    private static String artists(JsonNode search) {
        long total = search.path("total").asLong();
        return total + (total == 1 ? " artist" : " artists");
    }

    private static List<String> ids(JsonNode search) {
        List<String> ids = new ArrayList<>();
        search.path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
