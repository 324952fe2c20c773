package tad.plugins.studiowebsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.ArtistCandidate;
import tad.plugin.ArtistSourceResult;
import tad.plugin.GeoPoint;
import tad.plugin.StudioDetails;

class JsonLdDetailsTest {

    @Test
    void readsTattooParlorDetailsAndEmployees() {
        String jsonLd = """
                {"@context":"https://schema.org","@type":"TattooParlor","name":"The Gilded Serpent",
                 "telephone":"+44 113 496 0123",
                 "address":{"@type":"PostalAddress","streetAddress":"7 Vicar Lane","addressLocality":"Leeds",
                            "postalCode":"LS2 7JF","addressCountry":"GB"},
                 "geo":{"@type":"GeoCoordinates","latitude":53.7958,"longitude":-1.5397},
                 "openingHours":["Tu-Fr 11:00-19:00","Sa 10:00-17:00"],
                 "sameAs":["https://www.instagram.com/thegildedserpent/"],
                 "employee":[{"@type":"Person","name":"Jo Ferris","sameAs":"https://www.instagram.com/gildedserpent.jo/"},
                             {"@type":"Person","name":"Nyx Arden","sameAs":["https://instagram.com/nyx.geometry"]},
                             {"@type":"Person","name":"Sam Oakes"}]}
                """;
        ArtistSourceResult result = assemble("Gilded Serpent Tattoo (Google name)", jsonLd);
        StudioDetails studio = result.studio();
        assertThat(studio.name()).hasValue("The Gilded Serpent");
        assertThat(studio.address()).hasValue("7 Vicar Lane, Leeds, LS2 7JF, GB");
        assertThat(studio.location()).hasValue(new GeoPoint(53.7958, -1.5397));
        assertThat(studio.phone()).hasValue("+44 113 496 0123");
        assertThat(studio.openingHours()).containsExactly("Tu-Fr 11:00-19:00", "Sa 10:00-17:00");
        assertThat(studio.instagramHandle()).hasValue("thegildedserpent");
        assertThat(result.candidates()).extracting(c -> c.instagramHandle() + "=" + c.name().orElse("?"))
                .containsExactly("gildedserpent.jo=Jo Ferris", "nyx.geometry=Nyx Arden");
    }

    @Test
    void readsLocalBusinessInsideAGraphWithOpeningHoursSpecificationAndStringCoordinates() {
        String jsonLd = """
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
                 {"@type":["LocalBusiness","HealthAndBeautyBusiness"],"name":"Kirkstall Kin Tattoo",
                  "address":"210 Kirkstall Lane, Leeds LS5 3AB","geo":{"latitude":"53.8190","longitude":"-1.6020"},
                  "openingHoursSpecification":[
                    {"dayOfWeek":["Wednesday","Thursday"],"opens":"12:00","closes":"20:00"},
                    {"dayOfWeek":"https://schema.org/Saturday","opens":"10:00","closes":"18:00"}],
                  "member":{"@type":"Person","name":"Lu Benavides","url":"https://www.instagram.com/kin.chicano.lu/"}}]}
                """;
        ArtistSourceResult result = assemble("Kirkstall Kin", jsonLd);
        assertThat(result.studio().name()).hasValue("Kirkstall Kin Tattoo");
        assertThat(result.studio().address()).hasValue("210 Kirkstall Lane, Leeds LS5 3AB");
        assertThat(result.studio().location()).hasValue(new GeoPoint(53.819, -1.602));
        assertThat(result.studio().openingHours()).containsExactly("Wednesday,Thursday 12:00-20:00",
                "Saturday 10:00-18:00");
        assertThat(result.candidates()).extracting(ArtistCandidate::instagramHandle).containsExactly("kin.chicano.lu");
    }

    @Test
    void skipsMalformedBlocksAndBadCoordinates() {
        String page = "<html><head><title>Home | Copper Crane Studio</title>"
                + "<script type=\"application/ld+json\">{not json</script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"LocalBusiness\",\"name\":\"Copper Crane\","
                + "\"geo\":{\"latitude\":\"north\",\"longitude\":200}}</script></head><body></body></html>";
        PageEvidence evidence = PageReader.read(page, "https://crane.example/", false);
        assertThat(evidence.business()).isPresent();
        assertThat(evidence.business().get().location()).isEmpty();
    }

    @Test
    void withoutJsonLdTheNameComesFromTheStartPageTitle() {
        PageEvidence home = PageReader.read("<html><head><title>Home | Copper Crane Studio</title></head><body></body></html>",
                "https://crane.example/home", false);
        ArtistSourceResult result = SiteFindings.assemble("Copper Crane", new CrawlOutcome(List.of(home), List.of(), 1));
        assertThat(result.studio().name()).hasValue("Copper Crane Studio");
        assertThat(result.studio().address()).isEmpty();
    }

    private static ArtistSourceResult assemble(String studioName, String jsonLd) {
        String html = "<html><head><title>Studio</title><script type=\"application/ld+json\">" + jsonLd
                + "</script></head><body><p>Welcome</p></body></html>";
        PageEvidence page = PageReader.read(html, "https://studio.example/", false);
        return SiteFindings.assemble(studioName, new CrawlOutcome(List.of(page), List.of(), 1));
    }
}
