package tad.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a sentence holds a date-like expression the reader did not turn into days: a day number with an ordinal or
 * a date separator ("4th", "14/09", "1-3"), a month name or abbreviation, a weekday, a holiday of {@code dates.txt}
 * named as a day ("after Easter"). A year alone names no days ("2027 books open"). A statement whose words hold
 * one is withheld rather than printed without the days its text gives (precision first: an incomplete statement is
 * a wrong one).
 */
final class DateLike {

    private static final DateWords WORDS = DateWords.BUNDLED;
    // the days of a read period looked at for the weekday or month a name beside it gives (a year covers them all)
    private static final int DAYS_CHECKED = 366;
    // a numeric date next to a read one, or after a range word, is the rest of the same date or range, read in part
    // ("el sábado 12/04", "from 3/3 to 5/3"); further off it is another day, another statement's or another
    // occurrence's ("on 10/12, next one 10/28")
    private static final Pattern GAP = Pattern.compile("[\\s,;:–—→-]*(?:(?:" + DateWords.BUNDLED.alternation("range-to")
            + ")[\\s,;:–—-]*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a part of a month right before a read date ("the last weekend of March" read as March)
    private static final Pattern MONTH_PART = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("month-part")
            + ")(?:[\\s-]+(?:of|the|de|del|di|van|do|da))*[\\s-]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a week named by one of its days right before it ("w/c 1st Feb", "the week of the 8th", "semaine du 8 mars")
    private static final Pattern WEEK_OF = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("week-of")
            + ")(?:\\s+(?:the|le|el|il|la|o|a))?[\\s:]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // "until" right before a date read as a day, not as an end ("jusqu'à samedi", "hasta el domingo" read as that day)
    private static final Pattern UNTIL_BEFORE = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("until")
            + ")(?:\\s+(?:the|le|el|il|la|o|a))?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a month after "from" at the end of the words read: the books' first day, not a period
    private static final Pattern FROM_MONTH = Pattern.compile("(?<![\\p{L}])(?:" + WORDS.alternation("from-day")
            + ")\\s+(?:(?:the|el|le|il)\\s+)?(?:" + WORDS.monthAlternation() + ")\\.?(?:\\s+\\d{4})?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a bare day number before a read date, joined to it by a list or range word only: the first day of a run that was
    // read from a later one (numbers after a date are mostly hours: "13 mars de 12h à 19h")
    private static final Pattern BARE_DAY_BEFORE = Pattern.compile("(?<![\\p{L}\\d./:,€£$])(\\d{1,2})(?![\\d%:./])");
    private static final Pattern LIST_GAP = Pattern.compile("[\\s,;&–—→-]*(?:(?:" + DateWords.BUNDLED.alternation("range-to")
            + ")[\\s,;&–—-]*)?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a read period this many days or more is a week or longer, which a weekday beside it narrows
    private static final int WIDE_DAYS = 4;
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
            + "|vor|après|dès|le|el|il|dopo|depois|después|over|during|this|next|über|pendant|durante)\\s+(?:the\\s+)?(?:" + WORDS.holidayAlternation()
            + "|" + WORDS.alternation("easter") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EVERYDAY = Pattern.compile("may|mar|sat|sun|wed|mon|jan|fri", Pattern.UNICODE_CASE);
    // a short weekday only before a day ("Sat 27th", "Fri 3/10") or in a run of weekdays ("Thu-Sat", "Fri–Sun")
    private static final String ANY_WEEKDAY = "(?:" + WORDS.shortWeekdayAlternation() + "|" + WORDS.weekdayAlternation()
            + ")\\.?";
    private static final Pattern SHORT_WEEKDAY = Pattern.compile("(?<![\\p{L}\\d])(?:(?:" + WORDS.shortWeekdayAlternation()
            + ")\\.?,?\\s+\\d|" + ANY_WEEKDAY + "\\s*[–—-]\\s*" + ANY_WEEKDAY + "(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // a time ahead counted from the day of writing ("in two weeks") or a week after the next: not read
    private static final Pattern AHEAD = Pattern.compile("(?<![\\p{L}])(?:(?:" + WORDS.alternation("time-ahead")
            + ")\\s+(?:\\d+|" + WORDS.alternation("time-count") + ")\\s+(?:" + WORDS.alternation("time-unit") + ")|"
            + WORDS.alternation("after-next") + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMBERS = Pattern.compile("(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th|er|º)"
            + "(?![\\p{L}])|\\d{1,2}\\s*[./–—-]\\s*\\d{1,2}(?![\\d%])(?!\\s*(?:spots?|slots?|left|am|pm|h|uhr|€|£|\\$))"
            + "|\\d{1,2}\\.(?=\\s|$))", Pattern.CASE_INSENSITIVE);

    // a day and month written with a slash or dot ("12/04", "12.4"): a number pair that can be no date ("30/45 minutes")
    // or is a time or a count is none
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<![\\p{L}\\d./])(\\d{1,2})[./](\\d{1,2})(?![\\d%])"
            + "(?!\\s*(?:spots?|slots?|left|am|pm|h|uhr|min\\p{L}*|€|£|\\$))", Pattern.CASE_INSENSITIVE);

    private DateLike() {
    }

    /**
     * Whether a sentence whose statement did read days holds a day it did not read: a day and month in numbers
     * written right beside a read date, so that the date was read in part ("FLASH DAY el sábado 12/04" read as the
     * next Saturday alone), a month or weekday name that none of the read
     * days falls in or on ("this weekend … Sat &amp; Sun" agrees), a holiday as a day, a part of a month written
     * before a read month ("the last weekend of March", "early April": {@code month-part} of dates.txt), a week named
     * by a read day ("w/c 1st Feb": {@code week-of}), "until"
     * before a date read as a day rather than as an end ("jusqu'à samedi"). Ranges with a dash and ordinals
     * are left out here: beside read days they are mostly hours ("12–6") or another statement's days ("then Galway
     * 28th-30th").
     */
    static boolean unreadBesideRead(String sentence, List<DateReader.Found> read) {
        String text = blanked(sentence, read);
        var numbers = NUMERIC_DATE.matcher(text);
        while (numbers.find()) {
            int a = Integer.parseInt(numbers.group(1));
            int b = Integer.parseInt(numbers.group(2));
            int start = numbers.start();
            int end = numbers.end();
            boolean touching = read.stream().anyMatch(f -> f.end() <= start && GAP.matcher(sentence.substring(f.end(),
                    start)).matches() || f.start() >= end && GAP.matcher(sentence.substring(end, f.start())).matches());
            if (touching && a >= 1 && b >= 1 && (a <= 12 && b <= 31 || b <= 12 && a <= 31)) {
                return true;
            }
        }
        if (read.stream().anyMatch(f -> MONTH_PART.matcher(sentence.substring(0, f.start())).find()
                || WEEK_OF.matcher(sentence.substring(0, f.start())).find()
                || !f.span().untilOnly() && UNTIL_BEFORE.matcher(sentence.substring(0, f.start())).find())) {
            return true;
        }
        if (AHEAD.matcher(text).find()) {
            return true; // "guesting in Leeds in two weeks, Saturday and Sunday": the weekdays read, the week not
        }
        var bare = BARE_DAY_BEFORE.matcher(text);
        while (bare.find()) {
            int day = Integer.parseInt(bare.group(1));
            int end = bare.end();
            if (day >= 1 && day <= 31 && read.stream().anyMatch(f -> f.start() >= end
                    && LIST_GAP.matcher(sentence.substring(end, f.start())).matches())) {
                return true; // "van 12 tot 14 maart", "nos dias 12, 13 e 14 de março" read from the 13th or 14th
            }
        }
        List<LocalDate> days = read.stream().flatMap(f -> f.span().untilOnly() ? Stream.of(f.span().until())
                : f.span().from().datesUntil(f.span().until().plusDays(1)).limit(DAYS_CHECKED)).toList();
        boolean wide = read.stream().anyMatch(f -> f.span().untilOnly()
                || f.span().until().isAfter(f.span().from().plusDays(WIDE_DAYS - 1)));
        var words = WORDS_LIKE.matcher(text);
        while (words.find()) {
            String word = words.group().replace(".", "");
            if (!EVERYDAY.matcher(word).matches() && !agrees(WORDS.weekday(word), WORDS.month(word), days, wide)) {
                return true;
            }
        }
        return HOLIDAY.matcher(text).find() || CalendarNames.JDK.in(text).stream().anyMatch(name -> !EVERYDAY
                .matcher(name).matches() && !agrees(CalendarNames.JDK.weekday(name), CalendarNames.JDK.month(name), days,
                wide));
    }

    /**
     * Whether a weekday or month named beside read days is one of theirs ("this weekend … Sat &amp; Sun"); a weekday
     * beside a week or more ("next week, Wednesday to Friday") narrows it, so it does not agree.
     */
    private static boolean agrees(Optional<DayOfWeek> weekday, Optional<Integer> month, List<LocalDate> days,
                                  boolean wide) {
        return weekday.map(w -> !wide && days.stream().anyMatch(d -> d.getDayOfWeek() == w)).orElse(false)
                || month.map(m -> days.stream().anyMatch(d -> d.getMonthValue() == m)).orElse(false);
    }

    /** Whether the sentence holds a date-like expression outside the dates that were read in it. */
    static boolean unread(String sentence, List<DateReader.Found> read) {
        String text = blanked(sentence, read);
        return names(text) || NUMBERS.matcher(text).find();
    }

    /** The sentence with the dates that were read blanked out. */
    private static String blanked(String sentence, List<DateReader.Found> read) {
        StringBuilder rest = new StringBuilder(sentence);
        for (DateReader.Found f : read) {
            for (int i = f.start(); i < f.end() && i < rest.length(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString();
    }

    /** Whether the words name a month, a weekday or a holiday as a day, or a short weekday before a day. */
    private static boolean names(String text) {
        var words = WORDS_LIKE.matcher(text);
        while (words.find()) {
            String word = words.group().replace(".", "");
            if (!EVERYDAY.matcher(word).matches()) {
                return true;
            }
        }
        return HOLIDAY.matcher(text).find() || SHORT_WEEKDAY.matcher(text).find() || AHEAD.matcher(text).find()
                || CalendarNames.JDK.in(text).stream().anyMatch(name -> !EVERYDAY.matcher(name).matches());
    }

    /** Whether the words end with a month after "from" ("books open from May", "ab April", "dès mai", "desde mayo"). */
    static boolean fromAMonth(String words) {
        return FROM_MONTH.matcher(words).find();
    }

    /** Whether a name holds a weekday or a month as a word of its own ("Leeds Thurs", "Leeds Thu-Sat"). */
    static boolean namesADay(String name) {
        return java.util.Arrays.stream(name.split("[^\\p{L}]+")).filter(w -> !w.isEmpty())
                .anyMatch(w -> WORDS.weekday(w).isPresent() || WORDS.shortWeekday(w).isPresent()
                        || WORDS.month(w).isPresent() && !EVERYDAY.matcher(w).matches());
    }
}
