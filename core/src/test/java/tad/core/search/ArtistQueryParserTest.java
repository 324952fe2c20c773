package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tad.plugin.BoundingBox;
import tad.plugin.GeoPoint;

class ArtistQueryParserTest {
    @Test
    void parsesEveryParameter() {
        ArtistQuery query = ArtistQueryParser.parse(Map.of(
                "q", List.of(" blackwork "), "style", List.of("realism", "japanese,fine-line"), "city", List.of("Leeds"),
                "near", List.of("53.8,-1.55"), "radiusKm", List.of("5"), "bbox", List.of("-1.7,53.7,-1.4,53.9"),
                "sort", List.of("distance"), "page", List.of("2"), "size", List.of("50")));
        assertThat(query).isEqualTo(new ArtistQuery("blackwork", java.util.Set.of("realism", "japanese", "fine-line"),
                "Leeds", new GeoPoint(53.8, -1.55), 5.0, new BoundingBox(-1.7, 53.7, -1.4, 53.9), SortOrder.DISTANCE, 2, 50));
    }

    @Test
    void defaultsWhenNothingIsGiven() {
        ArtistQuery query = ArtistQueryParser.parse(Map.of());
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(ArtistQuery.DEFAULT_SIZE);
        assertThat(query.sort()).isEqualTo(SortOrder.RELEVANCE);
        assertThat(query.text()).isNull();
    }

    @Test
    void malformedValuesNameTheirParameter() {
        assertInvalid("near", Map.of("near", List.of("53.8")));
        assertInvalid("near", Map.of("near", List.of("north,south")));
        assertInvalid("near", Map.of("near", List.of("95,0")));
        assertInvalid("near", Map.of("near", List.of("NaN,0")));
        assertInvalid("bbox", Map.of("bbox", List.of("1,2,3")));
        assertInvalid("bbox", Map.of("bbox", List.of("3,2,1,4")));
        assertInvalid("radiusKm", Map.of("near", List.of("53.8,-1.5"), "radiusKm", List.of("1e400")));
        assertInvalid("page", Map.of("page", List.of("99999999999")));
        assertInvalid("size", Map.of("size", List.of("ten")));
        assertInvalid("q", Map.of("q", List.of("a", "b")));
        assertInvalid("sort", Map.of("sort", List.of("'; DROP TABLE artists; --")));
    }

    private static void assertInvalid(String parameter, Map<String, List<String>> parameters) {
        assertThatThrownBy(() -> ArtistQueryParser.parse(parameters))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }
}
