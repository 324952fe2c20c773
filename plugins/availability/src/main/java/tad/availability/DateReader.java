package tad.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a sentence names, relative to the day it was written: "12-14 Jan", "Jan 12th", "12th-14th of
 * January 2027", "14/01", "Saturday", "this weekend", "tomorrow", "for March", "March-April", "next month", "till
 * April", and the same in German, French, Spanish, Italian and Portuguese ("Sabato 28 Marzo", "du 12 au 14 mars",
 * "bis 14. März", "le mois prochain"), "Friday the 13th" (the next one; the words are in {@code dates.txt}). A date without a year is the next one on
 * or after the day of writing (allowing a fortnight back, for "thanks for coming on the 5th"); a weekday is the next
 * one on or after it. A numeric date is read in the order its text shows ({@link DateOrder}: "15/01" and "01/15" show
 * it themselves, dotted dates are European, else a sibling date or the country the text names); a date both orders
 * read differently ("12/10") is no date when nothing shows the order. A numeric day without a year is read only where
 * it is written as a date ("on 12/10", "(12/10)", "Saturday 12/10"), as "2/3 spots left" and "24/7" are not.
 */
final class DateReader {

    private static final int DAYS_BACK_ALLOWED = 14;
    private static final DateWords WORDS = DateWords.BUNDLED;

    private static final String MONTH = "(" + WORDS.monthAlternation() + ")\\.?";
    // "Saturday 19th December", "Sabato 28 Marzo", "Samstag, den 28. März": a weekday before a dated day is part of
    // it, not a date of its own
    private static final String DAY = "(?:(?:" + WORDS.weekdayAlternation() + "|(?:" + WORDS.shortWeekdayAlternation()
            + ")\\.?),?\\s+(?:the\\s+|le\\s+|el\\s+|il\\s+"
            + "|den\\s+|o\\s+)?)?(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?";
    // "Saturday August 8", "Saturday, August 8th": a weekday before a month and its day is part of the date
    private static final String WEEKDAY_BEFORE = "(?:(?:" + WORDS.weekdayAlternation() + "),?\\s+)?";
    private static final String OF = "\\s+(?:(?:" + WORDS.alternation("day-of") + ")\\s+)?";
    // "12-14", "12 to 14", "from the 14th to the 16th"
    private static final String TO = "\\s*(?:-|–|—|→|&|\\+|(?:" + WORDS.alternation("range-to") + ")(?=\\s)|(?:"
            + WORDS.alternation("range-to-elided") + ")(?=\\d))\\s*(?:the\\s+)?";
    private static final String YEAR = "(?:,?\\s+(20\\d\\d))?";
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?:\\p{L}+\\s+)?(?:" + WORDS.weekdayAlternation()
            + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int HINT_GAP = 8;
    private static final String UNTIL = "(?:" + WORDS.alternation("until") + ")\\s+";

    /** One way of writing a date, and how to turn its groups into days. */
    private record Form(Pattern pattern, OrderedReader reader) {
    }

    @FunctionalInterface
    private interface Reader {
        Optional<DateSpan> read(Matcher m, LocalDate written);
    }

    /** A reader of numeric dates, which needs to know whether the day or the month comes first. */
    @FunctionalInterface
    private interface OrderedReader {
        Optional<DateSpan> read(Matcher m, LocalDate written, DateOrder order);
    }

    // longest forms first: at each position the first form that matches wins
    private static final List<Form> FORMS = List.of(
            form(DAY + OF + MONTH + TO + DAY + OF + MONTH + YEAR,
                    (m, w) -> range(w, m.group(5), m.group(2), m.group(1), m.group(4), m.group(3))),
            form(DAY + TO + DAY + OF + MONTH + YEAR,
                    (m, w) -> range(w, m.group(4), m.group(3), m.group(1), m.group(3), m.group(2))),
            form(WEEKDAY_BEFORE + MONTH + "\\s+" + DAY + TO + DAY + YEAR,
                    (m, w) -> range(w, m.group(4), m.group(1), m.group(2), m.group(1), m.group(3))),
            // "12/14 settembre", "3/5 juin": two days of a month joined by a slash, before the month's name, are a run
            form(DAY + "/" + DAY + OF + MONTH + YEAR,
                    (m, w) -> range(w, m.group(4), m.group(3), m.group(1), m.group(3), m.group(2))),
            form(UNTIL + DAY + OF + MONTH + YEAR, (m, w) -> day(w, m.group(3), m.group(2), m.group(1))
                    .map(d -> DateSpan.until(w, d.from()))),
            form(DAY + OF + MONTH + YEAR, (m, w) -> day(w, m.group(3), m.group(2), m.group(1))),
            form(WEEKDAY_BEFORE + MONTH + "\\s+" + DAY + "(?!\\d)" + YEAR,
                    (m, w) -> day(w, m.group(3), m.group(1), m.group(2))),
            numeric("(\\d{1,2})([/.])(\\d{1,2})" + TO + "(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?",
                    DateReader::numericRange),
            // a lone "2/3" is a count ("2/3 spots left") or "24/7": a numeric day needs its year, or words that make
            // it a date ("on 12/10", "(12/10)", "Saturday 12/10")
            numeric("(\\d{1,2})([/.])(\\d{1,2})[/.](\\d{2}|\\d{4})(?![/.]?\\d)",
                    (m, w, o) -> numeric(w, m.group(1), m.group(3), m.group(4), o.separatedBy(m.group(2)))),
            // "12-14/02": a run of days, then the month once, day first (as only day-first texts write it)
            numeric("(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})/(\\d{1,2})(?![/.]?\\d)", (m, w, o) -> o.shownBy(m.group(2),
                    m.group(3)) != DateOrder.DAY_FIRST ? Optional.empty() : date(w, null, Integer.parseInt(m.group(3)),
                    m.group(1)).flatMap(from -> onOrAfter(from, Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2))).map(until -> new DateSpan(from, until)))),
            // "20.12." with its closing full stop: a day and month as German and other European texts write them
            // (a weekday before it is a hint, not the date: "Samstag, 7.6." is the 7th of June whatever day it falls on)
            // "vom 2.–4.7.": the month written once, after the last day
            numeric("(\\d{1,2})\\.?" + TO + "(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d\\p{L}])", (m, w, o) -> date(w, null,
                    Integer.parseInt(m.group(3)), m.group(1)).flatMap(from -> onOrAfter(from, Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(2))).map(until -> new DateSpan(from, until)))),
            numeric(WEEKDAY_BEFORE + "(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d\\p{L}])",
                    (m, w, o) -> numeric(w, m.group(1), m.group(2), null, DateOrder.DAY_FIRST)),
            numeric("(?:\\(|(?<![\\p{L}])(?:on|" + WORDS.alternation("from-day") + ")\\s+|(?:" + WORDS.weekdayAlternation() + "),?\\s+)(\\d{1,2})/(\\d{1,2})"
                    + "(?![/.]?\\d)(?!\\s*(?:spots?|slots?|left|sleeves?))",
                    (m, w, o) -> numeric(w, m.group(1), m.group(2), null, o)),
            // "January & February", "Jan, Feb and March": from the first month to the last
            form(MONTH + "(?:\\s*,\\s*(?:" + WORDS.monthAlternation() + ")\\.?)*\\s*,?" + TO + MONTH + YEAR,
                    (m, w) -> months(w, m.group(1), m.group(2), m.group(3))),
            // "the first half of 2026": January to June; "the second half of 2026": July to December (round J)
            form("(?:the\\s+|die\\s+|le\\s+|la\\s+|el\\s+|il\\s+|de\\s+|o\\s+|a\\s+)?(" + WORDS.alternation("first-half") + "|"
                    + WORDS.alternation("second-half") + ")\\s+(20\\d\\d)", (m, w) -> Optional.of(half(
                    Integer.parseInt(m.group(2)), WORDS.in("first-half", m.group(1))))),
            // "from September to the end of the year": that month's first day to the 31st of December (round J)
            form("(?:" + WORDS.alternation("from-month") + ")\\s+" + MONTH + TO + "(?:" + WORDS.alternation("year-end") + ")",
                    (m, w) -> months(w, m.group(1), m.group(1), null).map(s -> new DateSpan(s.from(),
                            LocalDate.of(s.from().getYear(), 12, 31)))),
            // "for the rest of the year", "till the new year", "bis Jahresende": no start, to the 31st of December of
            // the year of writing; "till xmas", "bis Weihnachten": to the 24th (LABELLING-RULE-CAPTIONS-27 decision 5)
            form("(" + WORDS.alternation("to-year-end") + ")",
                    (m, w) -> Optional.of(DateSpan.until(w, LocalDate.of(w.getYear() + 1, 1, 1)))),
            form("(?:" + WORDS.alternation("rest-of") + ")\\s+(20\\d\\d)", (m, w) -> Optional.of(DateSpan.until(w,
                    LocalDate.of(Integer.parseInt(m.group(1)) + 1, 1, 1)))), // "for the rest of 2025"
            // "closed til 2026", "bis 2027 geschlossen": until the year begins, to the 31st of December before it
            // (LABELLING-RULE-CAPTIONS-27 decision 5), not the named year itself
            form(UNTIL + "(20\\d\\d)(?![\\d\\p{L}])", (m, w) -> Optional.of(DateSpan.until(w,
                    LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)))),
            form("(" + WORDS.alternation("to-christmas") + ")", (m, w) -> date(w, null, 12, "25")
                    .map(christmasDay -> DateSpan.until(w, christmasDay))),
            // "bis Ende März": until the last day of March
            form(UNTIL + "(?:" + WORDS.alternation("end-of") + ")\\s+" + MONTH + YEAR, (m, w) -> months(w, m.group(1),
                    m.group(1), m.group(2)).map(span -> DateSpan.until(w, span.until().plusDays(1)))),
            // "closed till April": until the last day of March
            form(UNTIL + MONTH + YEAR, (m, w) -> months(w, m.group(1), m.group(1), m.group(2))
                    .map(span -> DateSpan.until(w, span.from()))),
            form("(" + WORDS.alternation("next-weekend") + ")", (m, w) -> Optional.of(weekend(w, true))),
            form("(" + WORDS.alternation("this-weekend") + ")", (m, w) -> Optional.of(weekend(w, false))),
            form("(" + WORDS.alternation("next-week") + ")", (m, w) -> Optional.of(week(w, true))),
            form("(" + WORDS.alternation("this-week") + ")", (m, w) -> Optional.of(week(w, false))),
            form("(" + WORDS.alternation("next-month") + ")", (m, w) -> Optional.of(month(YearMonth.from(w).plusMonths(1)))),
            form("(" + WORDS.alternation("this-month") + ")", (m, w) -> Optional.of(month(YearMonth.from(w)))),
            // "tattooing on Halloween": a holiday named as an event's day is its next date (without "on" it names a
            // season or a theme: "Halloween specials coming soon")
            form("(?:on|am|le|el|il)\\s+(" + WORDS.holidayAlternation() + ")", (m, w) -> WORDS.holiday(m.group(1))
                    .flatMap(d -> date(w, null, d.getMonthValue(), String.valueOf(d.getDayOfMonth())))
                    .map(DateSpan::day)),
            // "books reopen after Easter", "nach Ostern": from the next Easter Monday (a fortnight back allowed)
            form("(" + WORDS.alternation("after-easter") + ")",
                    (m, w) -> Optional.of(DateSpan.day(Easter.mondayAfter(w.minusDays(DAYS_BACK_ALLOWED))))),
            // "Friday the 13th", "Saturday 19th" without a month: the next day of that number on that weekday
            form("(" + WORDS.weekdayAlternation() + "),?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])",
                    (m, w) -> WORDS.weekday(m.group(1)).flatMap(day -> weekdayOnDay(w, day,
                            Integer.parseInt(m.group(2)))).map(DateSpan::day)),
            // "domenica 4", "Sexta-feira 13", "samedi 27": a weekday before a bare day number, not hours ("Saturday 12-6",
            // "samedi 14h", "Saturday 10 til 6", "sabato 10 alle 18"), is the next day of that number on that weekday, else
            // no date (round I)
            form("(" + WORDS.weekdayAlternation() + "),?\\s+(\\d{1,2})(?![\\d/h–-]|[.,:]\\d|\\s*(?:[-–:]|am\\b|pm\\b|uhr\\b)|\\s+(?:"
                    + "til|till|until|to|bis|à|a|al|às|tot|do|alle|ore|noon|midday|o'clock|h)(?![\\p{L}]))",
                    (m, w) -> WORDS.weekday(m.group(1)).flatMap(day -> weekdayOnDay(w, day,
                            Integer.parseInt(m.group(2)))).map(DateSpan::day)),
            // "Fri 31st", "Sat 23rd": a short weekday before an English ordinal day, the same way
            form("(" + WORDS.shortWeekdayAlternation() + ")\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])",
                    (m, w) -> WORDS.shortWeekday(m.group(1)).flatMap(day -> weekdayOnDay(w, day,
                            Integer.parseInt(m.group(2)))).map(DateSpan::day)),
            // a weekday that recurs ("every Saturday", "the first Thursday of every month") or names an event ("Flash
            // Thursday") is no date
            form("(?<!(?:every|each|first|second|third|fourth|last|flash)\\s)(?:(" + WORDS.alternation("next")
                    + "|this|on)\\s+)?(" + WORDS.weekdayAlternation() + ")(?!s\\b|\\s+of\\s+(?:every|each|the)\\s+month)"
                    + "(?:\\s+(" + WORDS.alternation("next") + "))?",
                    (m, w) -> WORDS.weekday(m.group(2)).map(day -> DateSpan.day(weekday(w, day,
                            m.group(1) != null && WORDS.in("next", m.group(1)) || m.group(3) != null)))),
            form("(" + WORDS.alternation("tomorrow") + ")", (m, w) -> Optional.of(DateSpan.day(w.plusDays(1)))),
            form("(" + WORDS.alternation("today") + ")", (m, w) -> Optional.of(DateSpan.day(w))),
            // a countdown to a day ("9 sleeps til", "Nog 9 dagen en dan", "faltan 9 días para"): that day (rule 51,
            // decision 19, round J); the word after the count keeps "noch 3 Tage frei" and "2 days a week" out
            form("(?:(?:" + WORDS.alternation("countdown-before") + ")\\s+(\\d{1,2})\\s+(?:" + WORDS.alternation("countdown-unit")
                    + ")[\\s,.!]*(?:" + WORDS.alternation("countdown-to") + ")|(\\d{1,2})\\s+(?:" + WORDS.alternation(
                    "countdown-unit") + ")\\s+(?:" + WORDS.alternation("countdown-til") + "))(?=\\s)",
                    (m, w) -> Optional.of(DateSpan.day(w.plusDays(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)))))),
            // a countdown in days ("in 11 days"): that day (rule 51, decision 19)
            form("(?:" + WORDS.alternation("in-days") + ")\\s+(\\d{1,2})\\s+(?:" + WORDS.alternation("days-word") + ")",
                    (m, w) -> Optional.of(DateSpan.day(w.plusDays(Integer.parseInt(m.group(1)))))),
            // on the trip ("Day 2 in Falmouth", "last day in Belfast"): the day of writing (rule 51, decision 20)
            form("(?:(?:" + WORDS.alternation("trip-day") + ")\\s+\\d{1,2}|" + WORDS.alternation("trip-end-day")
                    + ")(?=\\s+(?:" + WORDS.alternation("trip-in") + ")\\s)", (m, w) -> Optional.of(DateSpan.day(w))),
            form("(?:" + WORDS.alternation("in-month") + ")\\s+" + MONTH + YEAR,
                    (m, w) -> months(w, m.group(1), m.group(1), m.group(2))),
            form(MONTH + "(?:\\s+(20\\d\\d))", (m, w) -> months(w, m.group(1), m.group(1), m.group(2))),
            // a list line's month after a dash or colon ("Dublin – June, dates tbc", "Nantes – novembre (dates à venir)"):
            // the whole month (LABELLING-RULE-CAPTIONS-51 decision 18), only where the line's part ends with it
            numeric("(?<=[–—:]\\s?|\\s-\\s)" + MONTH + "(?=\\s*(?:[,(.!]|$))", (m, w, o) -> months(w, m.group(1), m.group(1), null)),
            // "April books are open", "Oktober-Termine", "Märztermine", "agenda de mai": a bare month is a period only
            // written with the books, before them or in one word with them
            form(MONTH + "(?:\\s+|-)?(?=(?:" + WORDS.alternation("month-compound") + ")\\b)(?:"
                    + WORDS.alternation("month-compound") + ")?", (m, w) -> months(w, m.group(1), m.group(1), null)),
            form("(?:" + WORDS.alternation("month-of-books") + ")\\s*" + MONTH,
                    (m, w) -> months(w, m.group(1), m.group(1), null)));

    private static Form form(String regex, Reader reader) {
        return numeric(regex, (m, w, order) -> reader.read(m, w));
    }

    private static Form numeric(String regex, OrderedReader reader) {
        return new Form(Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reader);
    }

    private DateReader() {
    }

    /** Every date span in the text, in text order, reading numeric dates only where they show their order. */
    static List<Found> read(String text, LocalDate written) {
        return read(text, written, DateOrder.UNKNOWN);
    }

    /**
     * Every date span in the text, in text order; text positions are kept to pick the one nearest a cue.
     *
     * @param order the order of numeric dates, as the whole text shows it ({@link DateOrder#of(String)})
     */
    static List<Found> read(String text, LocalDate written, DateOrder order) {
        List<Found> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = found.stream().anyMatch(f -> start < f.end() && end > f.start());
                if (!overlaps) {
                    form.reader().read(m, written, order).ifPresent(span -> found.add(new Found(span, start, end)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        // "Saturday 🎃 25th October": a weekday followed, across marks and emoji only, by a dated day is a hint of that
        // date, not the coming weekday (round I)
        found.removeIf(f -> WEEKDAY_ALONE.matcher(text.substring(f.start(), f.end())).matches() && found.stream()
                .anyMatch(g -> g.start() >= f.end() && g.span().oneDay() && g.start() - f.end() <= HINT_GAP
                        && text.substring(f.end(), g.start()).codePoints().noneMatch(Character::isLetterOrDigit)));
        return found;
    }

    /** A date span and where it stood in the text. */
    record Found(DateSpan span, int start, int end) {
    }

    private static DateSpan half(int year, boolean first) {
        return first ? new DateSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                : new DateSpan(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
    }

    private static Optional<DateSpan> day(LocalDate written, String year, String month, String day) {
        return WORDS.month(month).flatMap(m -> date(written, year, m, day)).map(DateSpan::day);
    }

    private static Optional<DateSpan> range(LocalDate written, String year, String fromMonth, String fromDay,
                                            String untilMonth, String untilDay) {
        Optional<Integer> first = WORDS.month(fromMonth);
        Optional<Integer> last = WORDS.month(untilMonth);
        Optional<LocalDate> from = first.flatMap(m -> date(written, year, m, fromDay));
        Optional<LocalDate> until = from.flatMap(f -> last.flatMap(m -> onOrAfter(f, m, Integer.parseInt(untilDay))));
        return from.flatMap(f -> until.map(u -> new DateSpan(f, u)));
    }

    private static Optional<DateSpan> numericRange(Matcher m, LocalDate written, DateOrder order) {
        DateOrder shown = order.separatedBy(m.group(2)).shownBy(m.group(1), m.group(3)).shownBy(m.group(4), m.group(5));
        if (shown == DateOrder.UNKNOWN && !(m.group(1).equals(m.group(3)) && m.group(4).equals(m.group(5)))) {
            return Optional.empty();
        }
        boolean dayFirst = shown != DateOrder.MONTH_FIRST;
        String fromDay = dayFirst ? m.group(1) : m.group(3);
        String fromMonth = dayFirst ? m.group(3) : m.group(1);
        String untilDay = dayFirst ? m.group(4) : m.group(5);
        String untilMonth = dayFirst ? m.group(5) : m.group(4);
        Optional<LocalDate> from = date(written, m.group(6), Integer.parseInt(fromMonth), fromDay);
        Optional<LocalDate> until = from.flatMap(f -> onOrAfter(f, Integer.parseInt(untilMonth),
                Integer.parseInt(untilDay)));
        return from.flatMap(f -> until.map(u -> new DateSpan(f, u)));
    }

    /** "12/10": the day and the month in the order shown; nothing when the order is unknown and they differ. */
    private static Optional<DateSpan> numeric(LocalDate written, String first, String second, String year,
                                              DateOrder order) {
        DateOrder shown = order.shownBy(first, second);
        if (shown == DateOrder.UNKNOWN && !first.equals(second)) {
            return Optional.empty();
        }
        boolean dayFirst = shown != DateOrder.MONTH_FIRST;
        return date(written, year, Integer.parseInt(dayFirst ? second : first), dayFirst ? first : second)
                .map(DateSpan::day);
    }

    private static Optional<DateSpan> months(LocalDate written, String first, String last, String year) {
        Optional<Integer> firstMonth = WORDS.month(first);
        Optional<Integer> lastMonth = WORDS.month(last);
        if (firstMonth.isEmpty() || lastMonth.isEmpty()) {
            return Optional.empty();
        }
        YearMonth start = year != null ? YearMonth.of(Integer.parseInt(year), firstMonth.get())
                : nextMonth(YearMonth.from(written), firstMonth.get());
        YearMonth end = nextMonth(start, lastMonth.get());
        return Optional.of(new DateSpan(start.atDay(1), end.atEndOfMonth()));
    }

    /** A month named by one word ("November", "Juni"): the next such month, from the month of writing on. */
    static Optional<DateSpan> monthNamed(String word, LocalDate written) {
        return months(written, word, word, null);
    }

    private static DateSpan month(YearMonth month) {
        return new DateSpan(month.atDay(1), month.atEndOfMonth());
    }

    /** "Saturday" is the next one on or after the day of writing; "next Saturday" said on a Saturday is in a week. */
    private static LocalDate weekday(LocalDate written, DayOfWeek day, boolean next) {
        return next ? written.with(TemporalAdjusters.next(day)) : written.with(TemporalAdjusters.nextOrSame(day));
    }

    /** The first day numbered {@code day} that falls on {@code weekday}, on or after the day of writing (a fortnight back allowed). */
    private static Optional<LocalDate> weekdayOnDay(LocalDate written, DayOfWeek weekday, int day) {
        YearMonth month = YearMonth.from(written.minusDays(DAYS_BACK_ALLOWED));
        for (int i = 0; i < 28 && day >= 1 && day <= 31; i++, month = month.plusMonths(1)) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.atDay(day);
                if (candidate.getDayOfWeek() == weekday && !candidate.isBefore(written.minusDays(DAYS_BACK_ALLOWED))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** This weekend: the coming Saturday and Sunday, or the current one when written at the weekend. */
    private static DateSpan weekend(LocalDate written, boolean next) {
        LocalDate saturday = written.getDayOfWeek() == DayOfWeek.SUNDAY ? written.minusDays(1)
                : written.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        saturday = next ? saturday.plusWeeks(1) : saturday;
        return new DateSpan(saturday, saturday.plusDays(1));
    }

    /** This week: the rest of it, Monday to Sunday; next week: the whole of the next one. */
    private static DateSpan week(LocalDate written, boolean next) {
        LocalDate sunday = written.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return next ? new DateSpan(sunday.plusDays(1), sunday.plusWeeks(1)) : new DateSpan(written, sunday);
    }

    private static YearMonth nextMonth(YearMonth from, int month) {
        YearMonth candidate = from.withMonth(month);
        return candidate.isBefore(from) ? candidate.plusYears(1) : candidate;
    }

    /** The date in the given year, or the next one on or after the day of writing (a fortnight back allowed). */
    private static Optional<LocalDate> date(LocalDate written, String year, int month, String day) {
        int d = Integer.parseInt(day);
        if (month < 1 || month > 12 || d < 1 || d > YearMonth.of(2024, month).lengthOfMonth()) {
            return Optional.empty();
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            y = y < 100 ? 2000 + y : y;
            return valid(y, month, d);
        }
        return onOrAfter(written.minusDays(DAYS_BACK_ALLOWED), month, d);
    }

    private static Optional<LocalDate> onOrAfter(LocalDate earliest, int month, int day) {
        for (int year = earliest.getYear(); year <= earliest.getYear() + 1; year++) {
            Optional<LocalDate> candidate = valid(year, month, day);
            if (candidate.isPresent() && !candidate.get().isBefore(earliest)) {
                return candidate;
            }
        }
        return valid(earliest.getYear() + 1, month, day);
    }

    private static Optional<LocalDate> valid(int year, int month, int day) {
        return day <= YearMonth.of(year, month).lengthOfMonth() ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }
}
