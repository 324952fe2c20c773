package tad.availability;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a sentence holds a date-like expression the reader did not turn into days: a day number with an ordinal or
 * a date separator ("4th", "14/09", "1-3"), a month name or abbreviation, a weekday, a holiday of {@code dates.txt}
 * named as a day ("after Easter"). A year alone names no days ("2027 books open"). A statement whose words hold
 * one is withheld rather than printed without the days its text gives (precision first: an incomplete statement is
 * a wrong one).
 */
final class DateLike {

    private static final DateWords WORDS = DateWords.BUNDLED;
    // "may" and "mar" are also words ("may take a while"): a month abbreviation that is an everyday word counts
    // only with a capital ("May", "Mar")
    // a weekday that recurs ("the first Saturday of every month", "every Friday") names no day, as in DateReader
    private static final Pattern WORDS_LIKE = Pattern.compile("(?<![\\p{L}\\d])(?:" + WORDS.monthAlternation()
            + "|(?<!(?:every|each|first|second|third|fourth|last)\\s)(?:" + WORDS.weekdayAlternation()
            + ")(?!\\s+of\\s+(?:every|each|the)\\s+month))\\.?(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a holiday is a day after "on", "after", "until" ("after Easter"); alone or after "from" it is a theme ("flash from
    // the Valentine's day sheet")
    private static final Pattern HOLIDAY = Pattern.compile("(?<![\\p{L}])(?:on|after|till|until|before|nach|ab|am|bis"
            + "|vor|après|dès|le|el|il|dopo|depois|después)\\s+(?:the\\s+)?(?:" + WORDS.holidayAlternation()
            + "|" + WORDS.alternation("easter") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EVERYDAY = Pattern.compile("may|mar|sat|sun|wed|mon|jan|fri", Pattern.UNICODE_CASE);
    // a short weekday only before a day ("Sat 27th", "Fri 3/10")
    private static final Pattern SHORT_WEEKDAY = Pattern.compile("(?<![\\p{L}\\d])(?:" + WORDS.shortWeekdayAlternation()
            + ")\\.?,?\\s+\\d", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th|er|º)"
            + "(?![\\p{L}])|\\d{1,2}\\s*[./–—-]\\s*\\d{1,2}(?![\\d%])(?!\\s*(?:spots?|slots?|left|am|pm|h|uhr|€|£|\\$))"
            + "|\\d{1,2}\\.(?=\\s|$))", Pattern.CASE_INSENSITIVE);

    private DateLike() {
    }

    /** Whether the sentence holds a date-like expression outside the dates that were read in it. */
    static boolean unread(String sentence, List<DateReader.Found> read) {
        StringBuilder rest = new StringBuilder(sentence);
        for (DateReader.Found f : read) {
            for (int i = f.start(); i < f.end() && i < rest.length(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        String text = rest.toString();
        var words = WORDS_LIKE.matcher(text);
        while (words.find()) {
            String word = words.group().replace(".", "");
            if (!EVERYDAY.matcher(word).matches()) {
                return true;
            }
        }
        return HOLIDAY.matcher(text).find() || SHORT_WEEKDAY.matcher(text).find() || NUMBERS.matcher(text).find();
    }
}
