package tad.availability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * A tour: towns each with its days, listed one after the other ("Berlin 1–3 July, Amsterdam 5–7, Paris 10–12",
 * "Leeds 18-19/05 / Newcastle 21-22/05"): one guest spot per town with its days. A town whose days leave out the
 * month ("Amsterdam 5–7") takes the month of the town before. Read only in a text that says it tours or guests, and
 * only when at least two towns have days, since a single "Town dates" is read by the guest spot's own sentence.
 */
final class Tour {

    private static final int MIN_TOWNS = 2;
    // the pieces of a list: commas, colons, semicolons, " / ", arrows, bars, bullets, line breaks, sentence ends
    private static final Pattern PIECES = Pattern.compile("\\s*(?:[,:;\\n|•→!]|\\s/\\s|\\.\\s)\\s*");
    private static final Pattern TOWN_AND_DAYS = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})"
            + "\\s+(\\d.*?)[\\s\\p{So}\\p{Sk}\\p{Cs}!.]*$", Pattern.UNICODE_CASE);
    private static final Pattern DAYS_WITHOUT_MONTH = Pattern.compile("^(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})$");
    private static final Pattern TOURS = Pattern.compile("\\b(?:tour|touring|tournée|tournee|gira)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Tour() {
    }

    /** Whether the text says it tours, in words the cues of a guest spot do not cover ("EU TOUR"). */
    static boolean toldOf(String text) {
        return TOURS.matcher(text).find();
    }

    /** One guest spot per town with its days, or none when fewer than two towns have days. */
    static List<Availability> read(DatedText text, DateOrder order, HomeStudios home) {
        List<Availability> spots = new ArrayList<>();
        DateSpan previous = null;
        for (String piece : PIECES.split(text.text())) {
            Matcher m = TOWN_AND_DAYS.matcher(piece.strip());
            Optional<String> town = m.matches() ? town(m.group(1), home) : Optional.empty();
            Optional<DateSpan> days = town.isEmpty() ? Optional.empty()
                    : days(m.group(2), text.written(), order, previous);
            if (days.isEmpty()) {
                continue;
            }
            previous = days.get();
            spots.add(new Availability(Kind.GUEST_SPOT, Optional.of(previous.from()), Optional.of(previous.until()),
                    town, piece.strip(), text.source(), text.written(), previous.until()));
        }
        return spots.size() >= MIN_TOWNS ? spots : List.of();
    }

    /** The days as written, read whole, or a run of days without its month in the month of the town before. */
    private static Optional<DateSpan> days(String written, LocalDate day, DateOrder order, DateSpan previous) {
        List<DateReader.Found> found = DateReader.read(written, day, order);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == written.length()
                && !found.get(0).span().untilOnly()) {
            return Optional.of(found.get(0).span());
        }
        Matcher run = DAYS_WITHOUT_MONTH.matcher(written);
        if (previous == null || !run.matches()) {
            return Optional.empty();
        }
        LocalDate after = previous.until();
        Optional<LocalDate> from = dayOnOrAfter(after, Integer.parseInt(run.group(1)));
        Optional<LocalDate> until = from.flatMap(f -> dayOnOrAfter(f, Integer.parseInt(run.group(2))));
        return from.flatMap(f -> until.map(u -> new DateSpan(f, u)));
    }

    /** The day of that number in the month of {@code after}, else in the month after; none for a day that is not. */
    private static Optional<LocalDate> dayOnOrAfter(LocalDate after, int day) {
        for (LocalDate month = after.withDayOfMonth(1); !month.isAfter(after.plusMonths(1)); month = month.plusMonths(1)) {
            if (day >= 1 && day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(after)) {
                return Optional.of(month.withDayOfMonth(day));
            }
        }
        return Optional.empty();
    }

    /** A town: no month or weekday ("July 1-3"), no function word, none of the artist's own studios. */
    private static Optional<String> town(String name, HomeStudios home) {
        return DateReader.read(name, LocalDate.EPOCH).isEmpty() && DateWords.BUNDLED.month(name).isEmpty()
                ? PlaceReader.leading(name, home).filter(name::equals) : Optional.empty();
    }
}
