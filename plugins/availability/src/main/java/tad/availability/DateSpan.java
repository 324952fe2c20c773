package tad.availability;

import java.time.LocalDate;

/**
 * The days a statement names: one day ("flash day Saturday"), a range ("12-14 Jan") or a month ("for March").
 *
 * @param from  first day
 * @param until last day, not before {@code from}
 */
record DateSpan(LocalDate from, LocalDate until) {

    DateSpan {
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("a date span ends before it starts: " + from + ".." + until);
        }
    }

    static DateSpan day(LocalDate day) {
        return new DateSpan(day, day);
    }
}
