package tad.availability;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import tad.plugin.Availability;
import tad.plugin.Availability.Kind;

/**
 * Whether an event read as a week or more sits in a text that names weekdays the reader did not read ("Off to Galway
 * next week for a guest spot!! Tue–Sat at …", "Walk-in Flash Saturday this week"): the week was read, some of its
 * days meant, so the days are only partly read and the statement is withheld (precision first; round H).
 */
final class UnreadWeekdays {

    private static final DateWords WORDS = DateWords.BUNDLED;
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(?:" + WORDS.weekdayAlternation() + "|"
            + WORDS.shortWeekdayAlternation() + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a week or more, as "this week" or "next week" is read (TextDays reads four days or more as wide)
    private static final int WEEK_DAYS = 4;

    private UnreadWeekdays() {
    }

    static boolean besideAWeek(Availability a, String text, LocalDate written, DateOrder order) {
        if (a.kind() != Kind.FLASH && a.kind() != Kind.GUEST_SPOT || a.from().isEmpty() || a.until().isEmpty()
                || a.until().get().isBefore(a.from().get().plusDays(WEEK_DAYS - 1))) {
            return false;
        }
        List<DateReader.Found> read = DateReader.read(text, written, order);
        return WEEKDAY.matcher(text).results().anyMatch(w -> read.stream()
                .noneMatch(d -> d.start() <= w.start() && d.end() >= w.end()));
    }
}
