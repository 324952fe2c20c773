package tad.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Reads what a bio and dated captions say about booking an artist, and keeps what still holds today. Plain Java:
 * the enricher wraps it; tests and tools use it directly. Thread-safe.
 *
 * <pre>{@code
 * new AvailabilityInferrer(Cues.bundled(), AvailabilitySettings.DEFAULTS)
 *     .infer(List.of(new DatedText("Guesting in Manchester 12-14 Jan!", "caption 1", LocalDate.of(2026, 12, 1))),
 *            LocalDate.of(2026, 12, 7));   // guest-spot, Manchester, 2027-01-12..2027-01-14
 * }</pre>
 */
public final class AvailabilityInferrer {

    // sentences end at line breaks, '!', '?', '|', '•', and a full stop followed by a space
    private static final Pattern SENTENCE = Pattern.compile("[\\n\\r!?|•]+|\\.\\s+");
    private static final int MAX_EVIDENCE = 200;
    // how far a flash statement without a day looks for one in the sentences around it
    private static final int NEIGHBOURS = 2;
    private static final int MAX_EVENT_DAYS = 7;
    // a flash day or event is over after its day; flash designs stay available longer
    private static final Pattern EVENT = Pattern.compile("day|event|sale|weekend|party|night|fest|deal|special|marathon",
            Pattern.CASE_INSENSITIVE);

    private final Cues cues;
    private final AvailabilitySettings settings;

    AvailabilityInferrer(Cues cues, AvailabilitySettings settings) {
        this.cues = cues;
        this.settings = settings;
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
            String[] sentences = SENTENCE.split(text.text() == null ? "" : text.text());
            for (int i = 0; i < sentences.length; i++) {
                for (Cues.Hit hit : cues.find(sentences[i])) {
                    Availability statement = statement(hit, sentences, i, text, home);
                    if (statement.kind() != Kind.GUEST_SPOT || statement.place().isPresent()
                            || statement.from().isPresent()) {
                        all.add(statement); // "Leeds | guest spots ✈️" says they do guest spots, not where or when
                    }
                }
            }
        }
        Comparator<Availability> newestFirst = Comparator.comparing(Availability::stated).reversed();
        Map<String, Availability> kept = new LinkedHashMap<>();
        all.stream().sorted(newestFirst).forEach(a -> kept.putIfAbsent(key(a), a));
        return kept.values().stream().filter(a -> a.activeOn(today))
                .sorted(Comparator.comparing(Availability::kind).thenComparing(a -> a.from().orElse(a.stated())))
                .toList();
    }

    /**
     * The statement of one cue: its days and place from its own sentence, or, when the cue stands alone ("Guest
     * spot! Newcastle upon Tyne 20-22 February"), from the sentence after it. Flash without a day in its sentence
     * takes the day of a sentence around it ("…on Sunday September 10. The "flash sale" will be first come, first
     * served"), as announcements give the day once and then describe the event.
     */
    private Availability statement(Cues.Hit hit, String[] sentences, int index, DatedText text, HomeStudios home) {
        String sentence = sentences[index];
        String next = index + 1 < sentences.length ? sentences[index + 1] : "";
        Optional<DateSpan> span = nearest(DateReader.read(sentence, text.written()), hit);
        boolean alone = sentence.strip().length() <= hit.end() - hit.start() + 2;
        if (alone && span.isEmpty()) {
            span = DateReader.read(next, text.written()).stream().findFirst().map(DateReader.Found::span);
        }
        if (hit.kind() == Kind.FLASH && span.isEmpty()) {
            span = eventDayAround(sentences, index, text.written());
        }
        Optional<LocalDate> from = span.filter(s -> !s.untilOnly()).map(DateSpan::from);
        Optional<LocalDate> until = span.map(DateSpan::until);
        boolean books = hit.kind() == Kind.BOOKS_OPEN || hit.kind() == Kind.BOOKS_CLOSED;
        if (books && span.isPresent() && !span.get().untilOnly() && span.get().from().equals(span.get().until())) {
            until = Optional.empty(); // "books open on 1st January": the day they open, not a one-day period
        }
        Optional<String> place = hit.kind() != Kind.GUEST_SPOT ? Optional.empty()
                : PlaceReader.read(sentence, hit.start(), hit.end(), home, text.text())
                        .or(() -> alone ? PlaceReader.leading(next, home) : Optional.empty());
        boolean event = EVENT.matcher(sentence.substring(hit.start(), hit.end())).find();
        LocalDate expires = expiry(hit.kind(), from, until, event, text.written());
        return new Availability(hit.kind(), from, until, place, evidence(sentence), text.source(), text.written(),
                expires);
    }

    private LocalDate expiry(Kind kind, Optional<LocalDate> from, Optional<LocalDate> until, boolean event,
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

    /** The first day or short run of days (a week at most) in the sentences after, then before, the given one. */
    private static Optional<DateSpan> eventDayAround(String[] sentences, int index, LocalDate written) {
        for (int distance = 1; distance <= NEIGHBOURS; distance++) {
            for (int i : new int[] {index + distance, index - distance}) {
                if (i < 0 || i >= sentences.length) {
                    continue;
                }
                Optional<DateSpan> day = DateReader.read(sentences[i], written).stream().map(DateReader.Found::span)
                        .filter(s -> !s.untilOnly() && !s.until().isAfter(s.from().plusDays(MAX_EVENT_DAYS - 1)))
                        .findFirst();
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /** The date span within the words ("Friday the 13th specials"), else the one after them, else the last before. */
    private static Optional<DateSpan> nearest(List<DateReader.Found> dates, Cues.Hit hit) {
        return dates.stream().filter(d -> d.start() < hit.end() && d.end() > hit.start()).findFirst()
                .or(() -> dates.stream().filter(d -> d.start() >= hit.end()).findFirst())
                .or(() -> dates.stream().filter(d -> d.end() <= hit.start()).reduce((a, b) -> b))
                .map(DateReader.Found::span);
    }

    private static String key(Availability a) {
        return switch (a.kind()) {
            case BOOKS_OPEN, BOOKS_CLOSED -> "books";
            default -> a.kind() + "|" + a.from() + "|" + a.until() + "|"
                    + a.place().map(p -> p.toLowerCase(java.util.Locale.ROOT)).orElse("") + "|"
                    + EVENT.matcher(a.evidence()).find();
        };
    }

    private static String evidence(String sentence) {
        String oneLine = sentence.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_EVIDENCE ? oneLine : oneLine.substring(0, MAX_EVIDENCE - 1) + "…";
    }
}
