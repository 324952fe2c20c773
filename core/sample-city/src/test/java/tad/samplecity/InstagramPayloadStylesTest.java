package tad.samplecity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The payloads carry the roster's ground truth: every style of every artist with a profile is mentioned somewhere
 * in the bio or the captions (by hashtag or words), so style inference has something to find. A deliberately
 * loose check of evidence, not a second style inferrer.
 */
class InstagramPayloadStylesTest {
    private static final Map<String, List<String>> HINTS = Map.ofEntries(
            Map.entry("traditional", List.of("traditional", "trad")),
            Map.entry("neo-traditional", List.of("neotrad", "neo trad", "neo-trad")),
            Map.entry("japanese", List.of("japanese", "irezumi", "wabori")),
            Map.entry("blackwork", List.of("blackwork")),
            Map.entry("black-and-grey", List.of("black & grey", "black and grey", "blackandgrey", "bng")),
            Map.entry("realism", List.of("realism")),
            Map.entry("micro-realism", List.of("micro realism", "microrealism", "micro realistic")),
            Map.entry("fine-line", List.of("fine line", "fineline", "single needle")),
            Map.entry("minimalist", List.of("minimal")),
            Map.entry("dotwork", List.of("dotwork", "stipple")),
            Map.entry("geometric", List.of("geometr")),
            Map.entry("ornamental", List.of("ornament")),
            Map.entry("watercolour", List.of("watercolour", "watercolor")),
            Map.entry("illustrative", List.of("illustrative")),
            Map.entry("new-school", List.of("new school", "newschool")),
            Map.entry("tribal", List.of("tribal")),
            Map.entry("trash-polka", List.of("trash polka", "trashpolka")),
            Map.entry("chicano", List.of("chicano")),
            Map.entry("lettering", List.of("lettering", "script")),
            Map.entry("biomechanical", List.of("biomech")),
            Map.entry("surrealism", List.of("surreal")),
            Map.entry("anime", List.of("anime")),
            Map.entry("sketch", List.of("sketch")));

    @Test
    void everyStyleOfEveryArtistWithAProfileIsMentioned() throws Exception {
        for (Roster.Artist artist : Roster.load().artists()) {
            if (artist.instagram().equals("notfound")) {
                continue;
            }
            String text = String.join("\n", texts(artist.handle())).toLowerCase(Locale.ROOT);
            for (String style : artist.styles()) {
                assertThat(HINTS.get(style)).as(artist.handle() + " " + style).anyMatch(text::contains);
            }
        }
    }

    @Test
    void someArtistsRevealAStyleOnlyInTheirCaptions() throws Exception {
        List<String> captionOnly = new ArrayList<>();
        for (Roster.Artist artist : Roster.load().artists()) {
            List<String> texts = texts(artist.handle());
            if (texts.isEmpty()) {
                continue;
            }
            String bio = texts.get(0).toLowerCase(Locale.ROOT);
            artist.styles().stream().filter(style -> HINTS.get(style).stream().noneMatch(bio::contains))
                    .forEach(style -> captionOnly.add(artist.handle() + ":" + style));
        }
        assertThat(captionOnly).contains("ruby_sable_tattoo:traditional");
    }

    /** The bio first, then every caption. */
    private static List<String> texts(String handle) throws Exception {
        try (InputStream in = InstagramPayloadStylesTest.class.getResourceAsStream(
                "/samplecity/instagram/" + handle + ".json")) {
            JsonNode user = new ObjectMapper().readTree(in).at("/data/user");
            List<String> texts = new ArrayList<>();
            if (user.isMissingNode() || user.isNull()) {
                return texts;
            }
            texts.add(user.get("biography").asText());
            user.at("/edge_owner_to_timeline_media/edges").forEach(edge ->
                    edge.at("/node/edge_media_to_caption/edges").forEach(c -> texts.add(c.at("/node/text").asText())));
            return texts;
        }
    }
}
