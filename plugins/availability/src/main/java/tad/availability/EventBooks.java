package tad.availability;

import java.util.List;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Books opened or closed for an event the text names before them ("Guest spot … in Inverness from the 10th to the 14th
 * of May. books open for it now", "Prochaine étape : Lille du 4 au 6 juin, book ouvert pour ces dates") are the
 * event's own slots, not the artist's books: LABELLING-RULE-CAPTIONS-27 decision 9 makes them no books statement, only
 * the guest spot. (Until round F they took the guest spot's days, as the older sets labelled them.)
 */
final class EventBooks {

    private EventBooks() {
    }

    static List<Availability> withoutTheEventsSlots(List<Availability> found, Cues cues) {
        return found.stream().filter(a -> !((a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED)
                && cues.books().forTheEvent(a.evidence()))).toList();
    }
}
