package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReaderTest {

    private static final LocalDate MONDAY_7_DEC_2026 = LocalDate.of(2026, 12, 7);

    private static List<DateSpan> read(String text) {
        return DateReader.read(text, MONDAY_7_DEC_2026).stream().map(DateReader.Found::span).toList();
    }

    private static DateSpan span(String from, String until) {
        return new DateSpan(LocalDate.parse(from), LocalDate.parse(until));
    }

    @Test
    void readsDayRangesInEveryUsualOrder() {
        assertThat(read("Manchester 12–14 Jan")).containsExactly(span("2027-01-12", "2027-01-14"));
        assertThat(read("Jan 12th - 14th")).containsExactly(span("2027-01-12", "2027-01-14"));
        assertThat(read("30th Dec to 2nd Jan")).containsExactly(span("2026-12-30", "2027-01-02"));
        assertThat(read("8th to 10th January 2028")).containsExactly(span("2028-01-08", "2028-01-10"));
        assertThat(read("15/01 - 17/01")).containsExactly(span("2027-01-15", "2027-01-17"));
    }

    @Test
    void aDateWithoutAYearIsTheNextOneButAFortnightBackIsStillThisYear() {
        assertThat(read("on the 18th of January")).containsExactly(span("2027-01-18", "2027-01-18"));
        assertThat(read("thanks for coming on 30 Nov")).containsExactly(span("2026-11-30", "2026-11-30"));
        assertThat(read("back on 1 Nov")).containsExactly(span("2027-11-01", "2027-11-01"));
    }

    @Test
    void readsWeekdaysWeekendsAndRelativeDays() {
        assertThat(read("flash day Saturday")).containsExactly(span("2026-12-12", "2026-12-12"));
        assertThat(read("Saturday 19th December")).containsExactly(span("2026-12-19", "2026-12-19"));
        assertThat(read("next Monday")).containsExactly(span("2026-12-14", "2026-12-14"));
        assertThat(read("this weekend")).containsExactly(span("2026-12-12", "2026-12-13"));
        assertThat(read("next weekend")).containsExactly(span("2026-12-19", "2026-12-20"));
        assertThat(read("tomorrow")).containsExactly(span("2026-12-08", "2026-12-08"));
    }

    @Test
    void readsMonthsAsWholePeriods() {
        assertThat(read("books open for March")).containsExactly(span("2027-03-01", "2027-03-31"));
        assertThat(read("for December")).containsExactly(span("2026-12-01", "2026-12-31"));
        assertThat(read("January & February")).containsExactly(span("2027-01-01", "2027-02-28"));
        assertThat(read("June 2027")).containsExactly(span("2027-06-01", "2027-06-30"));
    }

    @Test
    void everydayWordsAndCountsAreNotDates() {
        assertThat(read("you may book, I sat down, 2/3 spots left, open 24/7, Sun's out")).isEmpty();
        assertThat(read("the 13th")).isEmpty();
        assertThat(read("31st Feb")).isEmpty();
    }

    @Test
    void readsTheOtherLanguagesAndRelativePeriods() {
        assertThat(read("du 12 au 14 mars")).containsExactly(span("2027-03-12", "2027-03-14"));
        assertThat(read("del 12 al 14 de marzo")).containsExactly(span("2027-03-12", "2027-03-14"));
        assertThat(read("Samstag, den 19. Dezember")).containsExactly(span("2026-12-19", "2026-12-19"));
        assertThat(read("sabato")).containsExactly(span("2026-12-12", "2026-12-12"));
        assertThat(read("im Februar")).containsExactly(span("2027-02-01", "2027-02-28"));
        assertThat(read("il mese prossimo")).containsExactly(span("2027-01-01", "2027-01-31"));
        assertThat(read("next week")).containsExactly(span("2026-12-14", "2026-12-20"));
        assertThat(read("ce week-end")).containsExactly(span("2026-12-12", "2026-12-13"));
    }

    @Test
    void anEndAloneHoldsUntilTheDayBefore() {
        assertThat(DateReader.read("closed till April", MONDAY_7_DEC_2026)).singleElement()
                .satisfies(f -> assertThat(f.span()).isEqualTo(new DateSpan(MONDAY_7_DEC_2026,
                        LocalDate.parse("2027-03-31"), true)));
        assertThat(read("bis 14. Januar")).singleElement()
                .satisfies(s -> assertThat(s.until()).isEqualTo(LocalDate.parse("2027-01-13")));
    }

    @Test
    void readsAWeekdayAndADayWithoutAMonthThroughRangesAndNotRecurringWeekdays() {
        assertThat(read("Friday the 13th")).containsExactly(span("2027-08-13", "2027-08-13"));
        assertThat(read("Saturday 19th")).containsExactly(span("2026-12-19", "2026-12-19"));
        assertThat(read("from December 9th through 12th")).containsExactly(span("2026-12-09", "2026-12-12"));
        assertThat(read("every Saturday")).isEmpty();
        assertThat(read("the first Thursday of every month")).isEmpty();
    }
}
