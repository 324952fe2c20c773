package tad.availability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text writes numeric dates day first ("12/10" is 12 October, as in the UK and Europe) or month first (10
 * December, as in the US). Read from the evidence the text gives: a numeric date that can only be read one way
 * ("25/12", "12/25"), else the country it names ({@code dates.txt}: "in the US", "UK") or its spelling ("colour",
 * "color"). When the evidence is missing or disagrees the order is unknown, and an ambiguous date is not read.
 */
enum DateOrder {
    DAY_FIRST, MONTH_FIRST, UNKNOWN;

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/\\d{2,4})?(?![\\d/])");
    private static final Pattern DAY_FIRST_PLACES = words("day-first-place", 0);
    private static final Pattern MONTH_FIRST_PLACES = words("month-first-place", 0);
    private static final Pattern DAY_FIRST_SPELLINGS = words("day-first-spelling", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_FIRST_SPELLINGS = words("month-first-spelling", Pattern.CASE_INSENSITIVE);

    /** The order the whole text shows, by its unambiguous numeric dates, else by the places and spellings it has. */
    static DateOrder of(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        DateOrder byDates = UNKNOWN;
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            DateOrder shown = UNKNOWN.shownBy(m.group(1), m.group(2));
            if (shown != UNKNOWN && byDates != UNKNOWN && shown != byDates) {
                return UNKNOWN;
            }
            byDates = shown == UNKNOWN ? byDates : shown;
        }
        if (byDates != UNKNOWN) {
            return byDates;
        }
        boolean dayFirst = DAY_FIRST_PLACES.matcher(text).find() || DAY_FIRST_SPELLINGS.matcher(text).find();
        boolean monthFirst = MONTH_FIRST_PLACES.matcher(text).find() || MONTH_FIRST_SPELLINGS.matcher(text).find();
        return dayFirst == monthFirst ? UNKNOWN : dayFirst ? DAY_FIRST : MONTH_FIRST;
    }

    /** This order, unless the two numbers of a date show theirs: a number over 12 can only be the day. */
    DateOrder shownBy(String first, String second) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        if (a > 12 && b <= 12) {
            return DAY_FIRST;
        }
        return b > 12 && a <= 12 ? MONTH_FIRST : this;
    }

    /** This order, unless the date is written with full stops ("04.01.2025"), which is how Europe writes them. */
    DateOrder separatedBy(String separator) {
        return ".".equals(separator) ? DAY_FIRST : this;
    }

    /** The words of a list, whole: places as written ("US" is a country, "us" is not), spellings in any case. */
    private static Pattern words(String list, int flags) {
        return Pattern.compile("(?<![\\p{L}.])(?:" + DateWords.BUNDLED.alternationAsWritten(list) + ")(?![\\p{L}])",
                flags | Pattern.UNICODE_CASE);
    }
}
