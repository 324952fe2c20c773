package tad.availability;

import java.util.List;
import java.util.Optional;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Books opened or closed for an event the text names before them ("Guest spot … in Inverness from the 10th to the 14th
 * of May. books open for it now", "Prochaine étape : Lille du 4 au 6 juin, book ouvert pour ces dates"): every writer
 * of the labelled sets gives them the event's days. Without days of their own they take the days of the text's one
 * dated guest spot; with none, or more than one, they are withheld, since their period is the event's and unread.
 */
final class EventBooks {

    private EventBooks() {
    }

    static List<Availability> dated(List<Availability> found, Cues cues) {
        List<Availability> trips = found.stream().filter(a -> a.kind() == Kind.GUEST_SPOT && a.from().isPresent()
                && a.until().isPresent()).toList();
        return found.stream().<Availability>mapMulti((a, keep) -> {
            boolean books = a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED;
            if (!books || a.from().isPresent() || a.until().isPresent() || !cues.forTheEvent(a.evidence())) {
                keep.accept(a);
            } else if (trips.size() == 1) {
                Availability trip = trips.get(0);
                keep.accept(new Availability(a.kind(), trip.from(), trip.until(), Optional.empty(), a.evidence(),
                        a.source(), a.stated(), trip.until().get().isBefore(a.expires()) ? trip.until().get()
                        : a.expires()));
            }
        }).toList();
    }
}
