package tad.availability;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether words hold any expression of time at all: a date the reader reads, a month or weekday name in any of the
 * eight languages ({@link DateLike}, CLDR via {@link CalendarNames}), a relative day or period ("tmrw", "este finde",
 * "next wk", "the rest of the year", "till the new year": {@code time-word} and the relative days of dates.txt), a
 * short weekday after "this", "next", "on" ("this sat"), or a year in digits. A statement must carry the period its
 * own words state; where its words hold such an expression that it did not take, it is withheld rather than shown
 * without it or with part of it (precision first: an incomplete statement is a wrong one).
 */
final class TimeWords {

    private static final DateWords WORDS = DateWords.BUNDLED;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // "last week's post" names a post, not a time; "every month" no period ("the first Saturday of every month") ("Flash still available from last week's post")
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}])(?<!last\\s)(?<!every\\s)(?<!each\\s)(?:" + String.join("|",
            WORDS.alternation("time-word"), WORDS.alternation("today"), WORDS.alternation("tomorrow"),
            WORDS.alternation("this-week"), WORDS.alternation("next-week"), WORDS.alternation("this-weekend"),
            WORDS.alternation("next-weekend"), WORDS.alternation("this-month"), WORDS.alternation("next-month"))
            + ")(?![\\p{L}])", FLAGS);
    private static final Pattern WEEKDAY_AFTER = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("weekday-after")
            + ")\\s+(?:" + WORDS.shortWeekdayAlternation() + "|" + WORDS.weekdayAlternation() + ")\\.?(?![\\p{L}])", FLAGS);
    // "till xmas", "fino a fine anno", "bis Jahresende", "hasta fin de año": an end named in words is a period stated,
    // read or not; "till further notice", "bis bald" ({@code until-open}) name none
    private static final Pattern UNTIL_NAMED = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("until")
            + ")\\s+(?!(?:" + WORDS.alternation("until-open") + ")(?![\\p{L}]))\\p{L}", FLAGS);
    private static final String DAY = "(?:\\d{1,2}(?:st|nd|rd|th|er|º)?|" + WORDS.shortWeekdayAlternation() + "|"
            + WORDS.weekdayAlternation() + ")\\.?";
    // "&" and "+" join a run too ("24th + 25th May", "am 2. & 3. Mai"): one end read is the run read in part
    private static final String RANGE = "(?:[–—→&+-]|(?<![\\p{L}])(?:" + WORDS.alternation("range-to") + ")(?![\\p{L}]))";
    // a range whose other end the reader left unread: "Thurs-Sat" read as Thursday, "van 4 t/m 6 september" as the 6th
    private static final Pattern CONTINUED = Pattern.compile("^\\s*" + RANGE + "\\s*" + DAY + "(?![\\p{L}\\d])", FLAGS);
    private static final Pattern STARTED = Pattern.compile("(?<![\\p{L}\\d])" + DAY + "\\s*" + RANGE + "\\s*$", FLAGS);
    // a day number after a read day, after "dia / día / the / le / il / el / den / am" or with an ordinal; not an hour
    private static final Pattern DAY_NUMBER_AFTER = Pattern.compile("\\s*(?:(?:dia|día|the|le|il|el|den|am|giorno)\\s+"
            + "(\\d{1,2})(?:st|nd|rd|th|º|ª|\\.)?|(\\d{1,2})(?:st|nd|rd|th|º|ª))(?![\\d:./h])(?!\\s*(?:am|pm|uhr|€|£|\\$|%))",
            FLAGS);
    // a day read where its words also name a period of a month or more ("books open this Friday for Sept & Oct")
    private static final int PERIOD_DAYS = 28;

    private TimeWords() {
    }

    /** Whether the words hold any expression of time. */
    static boolean anyIn(String words) {
        return DateLike.unread(words, List.of()) || RELATIVE.matcher(words).find()
                || WEEKDAY_AFTER.matcher(words).find() || UNTIL_NAMED.matcher(words).find()
                || Misspelling.ofATimeWord(words);
    }

    /** Whether the date read is one end of a range whose other end is written beside it and was not read. */
    static boolean rangeReadInPart(String sentence, DateReader.Found read) {
        return CONTINUED.matcher(sentence.substring(read.end())).find()
                || STARTED.matcher(sentence.substring(0, read.start())).find();
    }

    /**
     * Whether a day read from a weekday has a day number right after it that is not its own ("Flash day sábado dia
     * 14" read as the next Saturday, the 7th): the reader took the weekday and left the date.
     */
    static boolean otherDayNumber(String sentence, DateReader.Found read) {
        var m = DAY_NUMBER_AFTER.matcher(sentence.substring(read.end()));
        return m.lookingAt() && read.span().oneDay() && Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2))
                != read.span().from().getDayOfMonth();
    }

    /**
     * Whether a day was taken where the same words name a period of a month or more as well ("books open this Friday
     * at 6pm for Sept &amp; Oct", "February and March books open Monday 26th"): the day is when, the months what for.
     */
    static boolean dayBesidePeriod(DateSpan taken, List<DateReader.Found> others) {
        return !taken.untilOnly() && taken.from().equals(taken.until()) && others.stream().map(DateReader.Found::span)
                .anyMatch(s -> !s.untilOnly() && !s.until().isBefore(s.from().plusDays(PERIOD_DAYS - 1)));
    }

    /**
     * Whether the part {@code from}..{@code to} of a sentence holds an expression of time outside the given ranges
     * (the statement's own words and the date it took, each as {start, end}).
     */
    static boolean outside(String sentence, int from, int to, List<int[]> taken) {
        StringBuilder part = new StringBuilder(sentence.substring(from, Math.min(to, sentence.length())));
        for (int[] range : taken) {
            for (int i = Math.max(range[0], from); i < range[1] && i < to && i - from < part.length(); i++) {
                part.setCharAt(i - from, ' ');
            }
        }
        return anyIn(part.toString());
    }
}
