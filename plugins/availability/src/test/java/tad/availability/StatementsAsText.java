package tad.availability;

import java.time.LocalDate;
import java.util.List;
import tad.plugin.Availability;

/** The statements the bundled inferrer reads from one caption written and read on one day, as short text. */
final class StatementsAsText {

    private static final AvailabilityInferrer INFERRER = AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS);

    private StatementsAsText() {
    }

    /** "kind from..until @place", e.g. "guest-spot 2027-01-12..2027-01-14 @Leeds". */
    static List<String> of(String text, LocalDate written) {
        return INFERRER.infer(List.of(new DatedText(text, "caption 1", written)), written).stream()
                .map(StatementsAsText::read).toList();
    }

    private static String read(Availability a) {
        return a.kind().slug() + " " + a.from().map(Object::toString).orElse("") + ".."
                + a.until().map(Object::toString).orElse("") + a.place().map(p -> " @" + p).orElse("");
    }
}
