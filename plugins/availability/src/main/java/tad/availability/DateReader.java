package tad.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates a sentence names, relative to the day it was written: "12-14 Jan", "Jan 12th", "12th-14th of
 * January 2027", "14/01", "Saturday", "this weekend", "tomorrow", "for March", "March-April". A date without a year is
 * the next one on or after the day of writing (allowing a fortnight back, for "thanks for coming on the 5th"); a
 * weekday is the next one on or after it. Numeric dates are day first, as in the UK and Europe.
 */
final class DateReader {

    private static final List<String> MONTH_STEMS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tues", DayOfWeek.TUESDAY, "tuesday", DayOfWeek.TUESDAY,
            "wednesday", DayOfWeek.WEDNESDAY, "thurs", DayOfWeek.THURSDAY, "thursday", DayOfWeek.THURSDAY,
            "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY, "sunday", DayOfWeek.SUNDAY);
    private static final int DAYS_BACK_ALLOWED = 14;

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    // "Saturday 19th December", "Sat the 19th": a weekday before a dated day is part of it, not a date of its own
    private static final String MONTH_NC = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:the\\s+)?)?"
            + "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String TO = "\\s*(?:-|–|—|to|till|until|&|and)\\s*";
    private static final String YEAR = "(?:,?\\s+(20\\d\\d))?";
    // full names only: "sat", "sun", "wed" and "mon" are also everyday words
    private static final String WEEKDAY = "(monday|tues(?:day)?|wednesday|thurs(?:day)?|friday|saturday|sunday)";

    /** One way of writing a date, and how to turn its groups into days. */
    private record Form(Pattern pattern, Reader reader) {
    }

    @FunctionalInterface
    private interface Reader {
        Optional<DateSpan> read(Matcher m, LocalDate written);
    }

    // longest forms first: at each position the first form that matches wins
    private static final List<Form> FORMS = List.of(
            form(DAY + "\\s+(?:of\\s+)?" + MONTH + TO + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR,
                    (m, w) -> range(w, m.group(5), m.group(2), m.group(1), m.group(4), m.group(3))),
            form(DAY + TO + DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR,
                    (m, w) -> range(w, m.group(4), m.group(3), m.group(1), m.group(3), m.group(2))),
            form(MONTH + "\\s+" + DAY + TO + DAY + YEAR,
                    (m, w) -> range(w, m.group(4), m.group(1), m.group(2), m.group(1), m.group(3))),
            form(DAY + "\\s+(?:of\\s+)?" + MONTH + YEAR, (m, w) -> day(w, m.group(3), m.group(2), m.group(1))),
            form(MONTH + "\\s+" + DAY + "(?!\\d)" + YEAR, (m, w) -> day(w, m.group(3), m.group(1), m.group(2))),
            form("(\\d{1,2})[/.](\\d{1,2})" + TO + "(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{2,4}))?",
                    (m, w) -> numericRange(w, m)),
            // a lone "2/3" is a count ("2/3 spots left") or "24/7", so a numeric day needs its year
            form("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4})(?![/.]?\\d)",
                    (m, w) -> numeric(w, m.group(1), m.group(2), m.group(3))),
            // "January & February", "Jan, Feb and March": from the first month to the last
            form(MONTH + "(?:\\s*,\\s*" + MONTH_NC + ")*\\s*,?" + TO + MONTH + YEAR,
                    (m, w) -> months(w, m.group(1), m.group(2), m.group(3))),
            form("(this|next)\\s+weekend", (m, w) -> Optional.of(weekend(w, m.group(1).equals("next")))),
            form("(this\\s+|next\\s+|on\\s+)?" + WEEKDAY, (m, w) -> Optional.of(DateSpan.day(
                    weekday(w, WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(1))))),
            form("tomorrow", (m, w) -> Optional.of(DateSpan.day(w.plusDays(1)))),
            form("today|tonight", (m, w) -> Optional.of(DateSpan.day(w))),
            form("(?:for|in|during|throughout|from|of)\\s+" + MONTH + YEAR,
                    (m, w) -> months(w, m.group(1), m.group(1), m.group(2))),
            form(MONTH + "(?:\\s+(20\\d\\d))", (m, w) -> months(w, m.group(1), m.group(1), m.group(2))),
            // "April books are open", "May bookings": a bare month is a period only right before the books
            form(MONTH + "(?=\\s+(?:books|bookings)\\b)", (m, w) -> months(w, m.group(1), m.group(1), null)));

    private static Form form(String regex, Reader reader) {
        return new Form(Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE), reader);
    }

    private DateReader() {
    }

    /** Every date span in the text, in text order; text positions are kept to pick the one nearest a cue. */
    static List<Found> read(String text, LocalDate written) {
        List<Found> found = new ArrayList<>();
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                boolean overlaps = found.stream().anyMatch(f -> start < f.end() && end > f.start());
                if (!overlaps) {
                    form.reader().read(m, written).ifPresent(span -> found.add(new Found(span, start, end)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** A date span and where it stood in the text. */
    record Found(DateSpan span, int start, int end) {
    }

    private static Optional<DateSpan> day(LocalDate written, String year, String month, String day) {
        return date(written, year, month(month), day).map(DateSpan::day);
    }

    private static Optional<DateSpan> range(LocalDate written, String year, String fromMonth, String fromDay,
                                            String untilMonth, String untilDay) {
        Optional<LocalDate> from = date(written, year, month(fromMonth), fromDay);
        Optional<LocalDate> until = from.flatMap(f -> onOrAfter(f, month(untilMonth), Integer.parseInt(untilDay)));
        return from.flatMap(f -> until.map(u -> new DateSpan(f, u)));
    }

    private static Optional<DateSpan> numericRange(LocalDate written, Matcher m) {
        Optional<LocalDate> from = date(written, m.group(5), Integer.parseInt(m.group(2)), m.group(1));
        Optional<LocalDate> until = from.flatMap(f -> onOrAfter(f, Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(3))));
        return from.flatMap(f -> until.map(u -> new DateSpan(f, u)));
    }

    private static Optional<DateSpan> numeric(LocalDate written, String day, String month, String year) {
        return date(written, year, Integer.parseInt(month), day).map(DateSpan::day);
    }

    private static Optional<DateSpan> months(LocalDate written, String first, String last, String year) {
        int firstMonth = month(first);
        YearMonth start = year != null ? YearMonth.of(Integer.parseInt(year), firstMonth)
                : nextMonth(YearMonth.from(written), firstMonth);
        YearMonth end = nextMonth(start, month(last));
        return Optional.of(new DateSpan(start.atDay(1), end.atEndOfMonth()));
    }

    /** "Saturday" is the next one on or after the day of writing; "next Saturday" said on a Saturday is in a week. */
    private static LocalDate weekday(LocalDate written, DayOfWeek day, String qualifier) {
        boolean next = qualifier != null && qualifier.strip().equalsIgnoreCase("next");
        return next ? written.with(TemporalAdjusters.next(day)) : written.with(TemporalAdjusters.nextOrSame(day));
    }

    /** This weekend: the coming Saturday and Sunday, or the current one when written at the weekend. */
    private static DateSpan weekend(LocalDate written, boolean next) {
        LocalDate saturday = written.getDayOfWeek() == DayOfWeek.SUNDAY ? written.minusDays(1)
                : written.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        saturday = next ? saturday.plusWeeks(1) : saturday;
        return new DateSpan(saturday, saturday.plusDays(1));
    }

    private static YearMonth nextMonth(YearMonth from, int month) {
        YearMonth candidate = from.withMonth(month);
        return candidate.isBefore(from) ? candidate.plusYears(1) : candidate;
    }

    /** 1-12 from any spelling the MONTH pattern accepts ("Jan", "january", "Sept."). */
    private static int month(String name) {
        return MONTH_STEMS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
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
