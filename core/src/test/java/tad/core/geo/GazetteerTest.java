package tad.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tad.plugin.BoundingBox;
import tad.plugin.GeoPoint;
import tad.plugin.SearchArea;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void bundlesAtLeastTheThirtyLargestUkCitiesAllInGreatBritainOrNorthernIreland() {
        assertThat(gazetteer.cities()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(gazetteer.cities()).allSatisfy(city -> {
            assertThat(city.country()).isEqualTo("GB");
            // the UK, roughly: no box is misplaced by a swapped sign or lat/lng
            assertThat(city.bounds().west()).isBetween(-8.7, 1.8);
            assertThat(city.bounds().east()).isBetween(-8.7, 1.8);
            assertThat(city.bounds().south()).isBetween(49.8, 60.9);
            assertThat(city.bounds().north()).isBetween(49.8, 60.9);
            assertThat(city.bounds().widthDegrees()).isLessThan(1.0);
        });
        assertThat(gazetteer.cities()).extracting(City::name).contains("London", "Birmingham", "Manchester",
                "Leeds", "Glasgow", "Liverpool", "Sheffield", "Bristol", "Edinburgh", "Cardiff", "Belfast");
    }

    @Test
    void findsTheFirstCityATextNames() {
        assertThat(gazetteer.findIn("Leeds guest spot 25-27 March at Ink Factory")).get().extracting(City::name)
                .isEqualTo("Leeds");
        assertThat(gazetteer.findIn("Guest spot! Newcastle upon Tyne 20-22 February")).get().extracting(City::name)
                .isEqualTo("Newcastle upon Tyne");
        assertThat(gazetteer.findIn("Guest spot at Ink Factory in March")).isEmpty();
        assertThat(gazetteer.findIn(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"leeds", "Leeds", "LEEDS", "  leeds "})
    void findsLeedsWhateverTheCase(String typed) {
        assertThat(gazetteer.find(typed)).get().extracting(City::name).isEqualTo("Leeds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"stoke-on-trent", "Stoke on Trent", "STOKE ON  TRENT", "stokeontrent", "Stoke"})
    void ignoresHyphensAndSpaces(String typed) {
        assertThat(gazetteer.find(typed)).get().extracting(City::name).isEqualTo("Stoke-on-Trent");
    }

    @Test
    void knowsCommonShortNames() {
        assertThat(gazetteer.find("hull")).get().extracting(City::name).isEqualTo("Kingston upon Hull");
        assertThat(gazetteer.find("Newcastle")).get().extracting(City::name).isEqualTo("Newcastle upon Tyne");
        assertThat(gazetteer.find("brighton & hove")).get().extracting(City::name).isEqualTo("Brighton and Hove");
    }

    @Test
    void leedsCoversTheSampleCityAndTheRealCentre() {
        City leeds = gazetteer.find("leeds").orElseThrow();
        assertThat(leeds.bounds()).isEqualTo(new BoundingBox(-1.8, 53.7, -1.29, 53.95));
        assertThat(leeds.bounds().contains(new GeoPoint(53.7997, -1.5492))).as("Leeds city centre").isTrue();
        assertThat(leeds.toArea()).isEqualTo(new SearchArea("Leeds", "GB", leeds.bounds()));
    }

    @Test
    void unknownCityIsEmptyAndTyposGetSuggestions() {
        assertThat(gazetteer.find("leds")).isEmpty();
        assertThat(gazetteer.closeMatches("leds", 3)).first().isEqualTo("Leeds");
        assertThat(gazetteer.closeMatches("Manchster", 3)).containsExactly("Manchester");
        assertThat(gazetteer.closeMatches("brad", 3)).contains("Bradford");
        assertThat(gazetteer.closeMatches("Atlantis", 3)).isEmpty();
        assertThat(gazetteer.closeMatches("", 3)).isEmpty();
    }

    @Test
    void suggestionsAreLimitedAndNeverRepeatACity() {
        List<String> matches = gazetteer.closeMatches("hul", 5);
        assertThat(matches).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(5).contains("Kingston upon Hull");
        assertThat(gazetteer.closeMatches("leeds", 1)).containsExactly("Leeds");
    }

    @Test
    void aNameThatMeansTwoCitiesIsRefused() {
        BoundingBox box = new BoundingBox(-1, 50, 0, 51);
        assertThatThrownBy(() -> new Gazetteer(List.of(new City("York", "GB", box),
                new City("New York", "GB", List.of("york"), box))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("York");
    }
}
