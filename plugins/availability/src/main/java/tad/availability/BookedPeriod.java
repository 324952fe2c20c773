package tad.availability;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period named right before a books statement's words ("2027 books open on Tuesday the 1st of December", "Our
 * artists' 2026 books open on the 5th January", "November books for Swansea open Friday"): the books of that year or
 * month, opened on the day written after them (LABELLING-RULE-CAPTIONS-27 decision 7). A year is the whole year, a
 * month the next such month; anything else before the words names no period.
 */
final class BookedPeriod {

    // a year as the last word before the books ("2027 books", "2026's books")
    private static final Pattern YEAR_LAST = Pattern.compile("(?<!\\d)(20\\d\\d)(?:['’]s)?\\s*$");

    // a month's name as the last word before the books ("November books", "Juni-Termine" is not this form)
    private static final Pattern MONTH_LAST = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)\\s*$");

    // the last of two or more ("Feb & March books", "April and May books"): not a period read whole
    private static final Pattern JOINED_LAST = Pattern.compile("(?:[&+/,–—-]|(?<![\\p{L}])(?:and|und|et|y|e|en|i|oraz))"
            + "\\s*\\p{L}+\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Whether the period before the books is the last of several ("April & May books open Friday"). */
    private static boolean joined(String head, LocalDate written) {
        Matcher month = MONTH_LAST.matcher(head);
        return JOINED_LAST.matcher(head).find() && month.find()
                && DateReader.monthNamed(month.group(1), written).isPresent();
    }

    private BookedPeriod() {
    }

    /** What the words around a books-open cue say of the period it books: a period, none, or one not read whole. */
    record Reading(boolean withheld, Optional<DateSpan> period) {
        static final Reading NONE = new Reading(false, Optional.empty());
        static final Reading WITHHELD = new Reading(true, Optional.empty());
    }

    /**
     * The period a books-open cue books when a day follows its words in its part of the sentence ({@code upper}):
     * withheld when the period is the last of several ("April & May books open Friday") or other days follow the words
     * there or in the next sentence ("2026 books open Sat 8th Nov … I'll be booking Jan–Apr").
     */
    static Reading read(String sentence, Cues.Hit hit, int upper, int index, TextDays days, LocalDate written) {
        String head = sentence.substring(0, hit.start());
        Optional<DateSpan> opening = days.in(index).stream().filter(d -> d.start() >= hit.end() && d.end() <= upper)
                .map(DateReader.Found::span).filter(DateSpan::oneDay).findFirst();
        if (opening.isEmpty()) {
            return Reading.NONE;
        }
        if (joined(head, written)) {
            return Reading.WITHHELD;
        }
        Optional<DateSpan> period = before(head, written);
        if (period.isEmpty()) {
            return Reading.NONE;
        }
        return days.readAfter(index, hit.start(), Set.of(period.get(), opening.get())) ? Reading.WITHHELD
                : new Reading(false, period);
    }

    private static Optional<DateSpan> before(String head, LocalDate written) {
        Matcher year = YEAR_LAST.matcher(head);
        if (year.find()) {
            int y = Integer.parseInt(year.group(1));
            return Optional.of(new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        }
        if (JOINED_LAST.matcher(head).find()) {
            return Optional.empty();
        }
        Matcher month = MONTH_LAST.matcher(head);
        return month.find() ? DateReader.monthNamed(month.group(1), written) : Optional.empty();
    }
}
