package tad.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * The shape of one statement once read: the year a books statement names alone, when it expires, the key that keeps
 * one of each, and its evidence text. Split from {@link CueStatement}, which decides what is stated.
 */
final class StatementShape {

    // a flash day or event is over after its day; flash designs stay available longer
    // ... in every language the enricher reads: "journée flash", "día de flash", "dia de flash", "giornata flash",
    // "Flash-Tag", "flashdag", "dzień flash"
    static final Pattern EVENT = Pattern.compile("day|event|sale|weekend|party|night|fest|deal|special|marathon"
            + "|(?<!\\p{L})(?:journée|jour|día|dia|giornata|dzień)(?!\\p{L})|flash[\\s-]?(?:tag|dag)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");

    private static final int MAX_EVIDENCE = 200;

    private StatementShape() {
    }

    /**
     * A year written alone in a books statement's part of its sentence ("books closed for 2026", "2027 is fully
     * booked"): the whole year, 1 January to 31 December (LABELLING-RULE-CAPTIONS-27 decision 4). Two years, or none,
     * name no one year.
     */
    static Optional<DateSpan> yearAlone(String part) {
        List<Integer> years = YEAR.matcher(part).results().map(r -> Integer.parseInt(r.group())).distinct().toList();
        return years.size() != 1 ? Optional.empty()
                : Optional.of(new DateSpan(LocalDate.of(years.get(0), 1, 1), LocalDate.of(years.get(0), 12, 31)));
    }

    static LocalDate expiry(AvailabilitySettings settings, Kind kind, Optional<LocalDate> from, Optional<LocalDate> until, boolean event,
                             LocalDate written) {
        return switch (kind) {
            case BOOKS_OPEN, BOOKS_CLOSED -> {
                // "without confirmation" counts from the later of the day of writing and the opening day; a period
                // ending sooner ends it sooner ("books open for December")
                LocalDate start = until.isEmpty() ? from.filter(f -> f.isAfter(written)).orElse(written) : written;
                LocalDate unconfirmed = start.plusDays(settings.booksDays());
                yield until.filter(u -> u.isBefore(unconfirmed)).orElse(unconfirmed);
            }
            case FLASH -> until.orElse(written.plusDays(event ? settings.undatedEventDays() : settings.flashDays()));
            case GUEST_SPOT -> until.orElse(written.plusDays(settings.undatedEventDays()));
        };
    }

    static boolean books(Availability a) {
        return a.kind() == Availability.Kind.BOOKS_OPEN || a.kind() == Availability.Kind.BOOKS_CLOSED;
    }

    static String key(Availability a) {
        return switch (a.kind()) {
            // books: one text's open and closed both count ("March is full, April opens on the 1st"), one of each; a
            // newer text replaces an older one's ({@link AvailabilityInferrer#infer})
            case BOOKS_OPEN, BOOKS_CLOSED -> "books|" + a.kind();
            default -> a.kind() + "|" + a.from() + "|" + a.until() + "|"
                    + a.place().map(p -> p.toLowerCase(java.util.Locale.ROOT)).orElse("") + "|"
                    // undated, a flash event and flash designs expire differently; dated, they are the same days
                    + (a.from().isEmpty() && EVENT.matcher(a.evidence()).find());
        };
    }

    static String evidence(String sentence) {
        String oneLine = sentence.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_EVIDENCE ? oneLine : oneLine.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}
