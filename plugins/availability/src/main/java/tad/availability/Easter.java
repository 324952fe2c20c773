package tad.availability;

import java.time.LocalDate;

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian computus), for "after Easter". */
final class Easter {

    private Easter() {
    }

    static LocalDate sunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The first Easter Monday on or after the day given: the day things reopen "after Easter". */
    static LocalDate mondayAfter(LocalDate earliest) {
        LocalDate monday = sunday(earliest.getYear()).plusDays(1);
        return monday.isBefore(earliest) ? sunday(earliest.getYear() + 1).plusDays(1) : monday;
    }
}
