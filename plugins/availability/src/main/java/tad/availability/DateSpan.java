package tad.availability;

import java.time.LocalDate;

/**
 * The days a statement names: one day ("flash day Saturday"), a range ("12-14 Jan"), a month ("for March"), or only
 * the day it ends ("closed till April": until the 31st of March).
 *
 * @param from      first day; for an end alone, the day of writing
 * @param until     last day, not before {@code from}
 * @param untilOnly whether only the end was stated, so {@code from} says nothing
 */
record DateSpan(LocalDate from, LocalDate until, boolean untilOnly) {

    DateSpan {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a date span ends before it starts: " + from + ".." + until);
        }
    }

    DateSpan(LocalDate from, LocalDate until) {
        this(from, until, false);
    }

    /** Whether the span is one day named as such, not an end alone. */
    boolean oneDay() {
        return !untilOnly && from.equals(until);
    }

    static DateSpan day(LocalDate day) {
        return new DateSpan(day, day);
    }

    /** Until the day before {@code end} ("till April", "bis 14. März"), from the day of writing. */
    static DateSpan until(LocalDate written, LocalDate end) {
        LocalDate last = end.minusDays(1);
        return new DateSpan(last.isBefore(written) ? last : written, last, true);
    }
}
