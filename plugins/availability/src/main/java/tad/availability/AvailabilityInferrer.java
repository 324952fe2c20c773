package tad.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tad.plugin.Availability;

/**
 * Reads what a bio and dated captions say about booking an artist, and keeps what still holds today: each text's
 * statements come from {@link TextStatements}; here those of all texts are combined, one of each kept. Plain Java:
 * the enricher wraps it; tests and tools use it directly. Thread-safe.
 *
 * <pre>{@code
 * new AvailabilityInferrer(Cues.bundled(), AvailabilitySettings.DEFAULTS)
 *     .infer(List.of(new DatedText("Guesting in Manchester 12-14 Jan!", "caption 1", LocalDate.of(2026, 12, 1))),
 *            LocalDate.of(2026, 12, 7));   // guest-spot, Manchester, 2027-01-12..2027-01-14
 * }</pre>
 */
public final class AvailabilityInferrer {

    private final TextStatements statements;

    AvailabilityInferrer(Cues cues, AvailabilitySettings settings) {
        this.statements = new TextStatements(cues, settings);
    }

    public static AvailabilityInferrer bundled(AvailabilitySettings settings) {
        return new AvailabilityInferrer(Cues.bundled(), settings);
    }

    /**
     * Every statement that has not expired on {@code today}: of books open and books closed only the newest (a
     * later "books closed" ends an earlier "books open"), of the rest one per kind, days and place, newest kept.
     */
    public List<Availability> infer(List<DatedText> texts, LocalDate today) {
        return infer(texts, today, HomeStudios.NONE);
    }

    /** As {@link #infer(List, LocalDate)}, never taking one of the artist's own studios for a guest spot's place. */
    List<Availability> infer(List<DatedText> texts, LocalDate today, HomeStudios home) {
        List<Availability> all = new ArrayList<>();
        for (DatedText text : texts) {
            all.addAll(statements.of(text, home));
        }
        Comparator<Availability> newestFirst = Comparator.comparing(Availability::stated).reversed();
        Map<String, Availability> kept = new LinkedHashMap<>();
        // of one text's books statements of a kind, the one that says most days ("fully booked … reopen in May")
        Comparator<Availability> mostDays = Comparator.comparing((Availability a) -> a.from().isPresent() ? 0 : 1)
                .thenComparing(a -> a.until().isPresent() ? 0 : 1);
        Optional<Availability> newestBooks = all.stream().sorted(newestFirst).filter(StatementShape::books).findFirst();
        all.stream().sorted(newestFirst.thenComparing(mostDays)).filter(a -> !StatementShape.books(a) || newestBooks
                .filter(b -> b.source().equals(a.source()) && b.stated().equals(a.stated())).isPresent())
                .forEach(a -> kept.putIfAbsent(StatementShape.key(a), a));
        return kept.values().stream().filter(a -> a.activeOn(today))
                .sorted(Comparator.comparing(Availability::kind).thenComparing(a -> a.from().orElse(a.stated())))
                .toList();
    }
}
