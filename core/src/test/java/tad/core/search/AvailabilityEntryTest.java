package tad.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.geo.Gazetteer;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

class AvailabilityEntryTest {

    private static final Gazetteer GAZETTEER = Gazetteer.bundled();
    private static final LocalDate DAY = LocalDate.of(2027, 3, 2);

    private static AvailabilityEntry guestSpot(String place, String evidence) {
        return AvailabilityEntry.of(new Availability(Kind.GUEST_SPOT, Optional.of(DAY), Optional.of(DAY),
                Optional.ofNullable(place), evidence, "caption 1", DAY, DAY), GAZETTEER);
    }

    @Test
    void aPlaceTheGazetteerKnowsIsKeptAsWrittenAndMapped() {
        AvailabilityEntry entry = guestSpot("manchester", "guesting in manchester on the 2nd");
        assertThat(entry.place()).isEqualTo("manchester");
        assertThat(entry.location()).isNotNull();
    }

    @Test
    void aStudioReadAsThePlaceGivesWayToTheCityTheWordsName() {
        AvailabilityEntry entry = guestSpot("Ink Factory", "Leeds guest spot 2nd March at Ink Factory");
        assertThat(entry.place()).isEqualTo("Leeds");
        assertThat(entry.location()).isNotNull();
    }

    @Test
    void aPlaceNobodyKnowsStaysAsWrittenWithoutALocation() {
        AvailabilityEntry entry = guestSpot("Lyon", "En guest à Lyon le 2 mars");
        assertThat(entry.place()).isEqualTo("Lyon");
        assertThat(entry.location()).isNull();
        assertThat(guestSpot(null, "Guest spot soon").place()).isNull();
    }
}
