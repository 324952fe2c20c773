package tad.availability;

import java.util.List;
import tad.plugin.Availability;

/**
 * One statement per event: of two dated statements of the same kind and place in one text whose days overlap ("a
 * flash day on 22 October" and "flash designs available this weekend", 22–23 October), the narrower span is the
 * better-supported reading of the event's days, so only it is kept; the other would be a second, wrong statement.
 */
final class OneEvent {

    private OneEvent() {
    }

    static List<Availability> keepNarrowest(List<Availability> statements) {
        return statements.stream().filter(a -> statements.stream().noneMatch(b -> b != a && sameEvent(a, b)
                && (length(b) < length(a) || length(b) == length(a) && statements.indexOf(b) < statements.indexOf(a))))
                .filter(a -> !undatedTwin(a, statements)).toList();
    }

    /**
     * Whether an undated guest spot has a dated one at the same place in the same text ("¡Guest spot en Valencia! …
     * Estaré en Tinta Brava del 22 al 25 de mayo"): the same trip told twice, kept once, with its days (round I).
     */
    private static boolean undatedTwin(Availability a, List<Availability> statements) {
        return a.kind() == Availability.Kind.GUEST_SPOT && a.from().isEmpty() && a.until().isEmpty() && a.place()
                .isPresent() && statements.stream().anyMatch(b -> b.kind() == a.kind() && b.from().isPresent()
                && b.place().map(String::toLowerCase).equals(a.place().map(String::toLowerCase)));
    }

    private static boolean sameEvent(Availability a, Availability b) {
        return a.kind() == b.kind() && a.from().isPresent() && b.from().isPresent() && a.until().isPresent()
                && b.until().isPresent() && a.place().map(String::toLowerCase).equals(b.place().map(String::toLowerCase))
                && !a.from().get().isAfter(b.until().get()) && !b.from().get().isAfter(a.until().get());
    }

    private static long length(Availability a) {
        return a.until().get().toEpochDay() - a.from().get().toEpochDay();
    }
}
