package tad.availability;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Books reopened at a named time ("reopening in July", "ab Juni wieder offen", "je rouvre en janvier", "back open in
 * March", "riapro le prenotazioni il 1° marzo"): LABELLING-RULE-CAPTIONS-27 decision 6 reads them as books closed, no
 * start, ending the day before, like "closed till July"; no books-open is implied. A post that says books ARE open for
 * a named period ("Da oggi riapro le prenotazioni per settembre e ottobre") keeps its books-open, and books reopened
 * FOR named months ("reopening books for November and December this Thursday") are open over those months
 * (LABELLING-RULE-CAPTIONS-51 decision 21).
 */
final class Reopening {

    private Reopening() {
    }

    /**
     * The statements as decision 6 reads them: books reopened at a time ahead are closed till then, and no other books
     * statement is read from the same sentence ("books reopen in July" is not also books open).
     */
    static List<Availability> read(List<Availability> found, Cues cues) {
        List<Availability> read = found.stream().map(a -> read(a, cues)).toList();
        Set<String> reopening = IntStream.range(0, found.size()).filter(i -> read.get(i) != found.get(i))
                .mapToObj(i -> read.get(i).evidence()).collect(Collectors.toSet());
        return IntStream.range(0, found.size()).filter(i -> read.get(i) != found.get(i)
                || !(isBooks(found.get(i)) && reopening.contains(found.get(i).evidence()))).mapToObj(read::get).toList();
    }

    private static boolean isBooks(Availability a) {
        return a.kind() == Kind.BOOKS_OPEN || a.kind() == Kind.BOOKS_CLOSED;
    }

    private static Availability read(Availability a, Cues cues) {
        if (!isBooks(a) || a.from().isEmpty() || !a.from().get().isAfter(a.stated()) || !cues.books().reopens(a.evidence())
                || cues.books().openNow(a.evidence()) // "Da oggi riapro le prenotazioni per settembre": open now for them
                || a.kind() == Kind.BOOKS_OPEN && cues.books().monthOpens(a.evidence())) { // "maj otwieram 15 kwietnia"
            return a;
        }
        LocalDate from = a.from().get();
        // books open for whole months ahead that the sentence says reopen: closed till then; books closed FROM the
        // reopening day (its only date) are closed until the day before it
        boolean wholeMonths = from.getDayOfMonth() == 1 && a.until().filter(u -> u.equals(YearMonth.from(u)
                .atEndOfMonth())).isPresent();
        if (a.kind() == Kind.BOOKS_OPEN && !wholeMonths) {
            return a;
        }
        if (wholeMonths && cues.books().reopensFor(a.evidence())) { // "reopening books for November and December this Thursday"
            return new Availability(Kind.BOOKS_OPEN, a.from(), a.until(), Optional.empty(), a.evidence(), a.source(),
                    a.stated(), a.expires());
        }
        LocalDate last = from.minusDays(1);
        return new Availability(Kind.BOOKS_CLOSED, Optional.empty(), Optional.of(last), Optional.empty(), a.evidence(),
                a.source(), a.stated(), last.isBefore(a.expires()) ? last : a.expires());
    }
}
