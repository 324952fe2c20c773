package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import tad.plugin.Availability;

/**
 * Invariants of the availability reader that hold whatever its rules are, on generated hostile and ordinary text
 * ({@link HostileText}): it never fails and always finishes, its statements are well formed, and it is deterministic.
 * Seeds are fixed so that CI runs the same inputs every time; a failure prints the shrunk input.
 */
class AvailabilityInvariantsPropertyTest {

    private static final AvailabilityInferrer INFERRER = AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "pl");
    /** Month and weekday names of the eight languages, full and short, three letters or more ("di" is Italian "of"). */
    private static final Set<String> CALENDAR_WORDS = LANGUAGES.stream().map(Locale::forLanguageTag)
            .flatMap(locale -> Stream.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE,
                    TextStyle.SHORT_STANDALONE).flatMap(style -> Stream.concat(
                    Arrays.stream(Month.values()).map(m -> m.getDisplayName(style, locale)),
                    Arrays.stream(DayOfWeek.values()).map(d -> d.getDisplayName(style, locale)))))
            .map(name -> name.replace(".", "").toLowerCase(Locale.ROOT)).filter(name -> name.length() >= 3)
            .collect(Collectors.toUnmodifiableSet());

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.mixed();
    }

    @Provide
    Arbitrary<String> longCaption() {
        return HostileText.repeated(100_000);
    }

    @Provide
    Arbitrary<String> dottedCaption() {
        return HostileText.dotted(4_000);
    }

    @Provide
    Arbitrary<LocalDate> written() {
        return Arbitraries.integers().between(0, 3 * 365).map(FIRST_DAY::plusDays);
    }

    @Property(tries = 300, seed = "20261207")
    void neverFailsAndGivesWellFormedStatements(@ForAll("hostile") String text, @ForAll("written") LocalDate written) {
        wellFormed(text, written, infer(text, written));
    }

    /** Not shrunk: a 100,000-character sample shrinks for minutes; the failing sample is printed whole. */
    @Property(tries = 3, seed = "20261208", shrinking = ShrinkingMode.OFF)
    void aHundredThousandCharacterCaptionFinishesWellFormed(@ForAll("longCaption") String text,
                                                           @ForAll("written") LocalDate written) {
        wellFormed(text, written, infer(text, written));
    }

    /** Kept to 4,000 characters: these tokens are quadratic in the reader (HostileText.repeated); not shrunk. */
    @Property(tries = 6, seed = "20261210", shrinking = ShrinkingMode.OFF)
    void aLongCaptionOfDottedDatesFinishesWellFormed(@ForAll("dottedCaption") String text,
                                                    @ForAll("written") LocalDate written) {
        wellFormed(text, written, infer(text, written));
    }

    @Property(tries = 100, seed = "20261209")
    void theSameInputGivesTheSameStatements(@ForAll("hostile") String text, @ForAll("written") LocalDate written,
                                            @ForAll @IntRange(min = 0, max = 90) int daysLater) {
        List<DatedText> texts = List.of(new DatedText(text, "caption 1", written),
                new DatedText(text, "bio", written.plusDays(daysLater)));
        LocalDate today = written.plusDays(daysLater);
        assertThat(AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS).infer(texts, today))
                .isEqualTo(INFERRER.infer(texts, today));
    }

    private static List<Availability> infer(String text, LocalDate written) {
        return INFERRER.infer(List.of(new DatedText(text, "caption 1", written)), written);
    }

    private static void wellFormed(String text, LocalDate written, List<Availability> found) {
        String oneLine = text.replaceAll("\\s+", " ");
        for (Availability a : found) {
            assertThat(a.kind()).isIn((Object[]) Availability.Kind.values());
            assertThat(a.source()).isEqualTo("caption 1");
            assertThat(a.stated()).isEqualTo(written);
            assertThat(a.expires()).isAfterOrEqualTo(written);
            a.from().ifPresent(from -> a.until().ifPresent(until -> assertThat(from).isBeforeOrEqualTo(until)));
            Stream.concat(a.from().stream(), a.until().stream())
                    .forEach(day -> assertThat(day).isBetween(earliest(text, written), latest(text, written)));
            a.place().ifPresent(place -> {
                assertThat(oneLine.toLowerCase(Locale.ROOT)).contains(place.toLowerCase(Locale.ROOT));
                assertThat(place.toLowerCase(Locale.ROOT).split("[\\s-]+")).doesNotContainAnyElementsOf(CALENDAR_WORDS);
            });
            assertThat(a.evidence().length()).isLessThanOrEqualTo(200);
            assertThat(oneLine).contains(a.evidence().endsWith("…")
                    ? a.evidence().substring(0, a.evidence().length() - 1) : a.evidence());
        }
    }

    /**
     * A day without a year is the next one on or after 14 days before the writing (`DateReader.date`), and "this
     * month" starts on the 1st of the month of writing, so nothing read before a month back unless the text writes a
     * year; a year written is read as written, and "closed til 2026" ends on the 31st of December before it.
     */
    private static LocalDate earliest(String text, LocalDate written) {
        LocalDate byRules = written.minusDays(31);
        return years(text).min().stream().mapToObj(y -> LocalDate.of(y - 1, 1, 1)).filter(byRules::isAfter)
                .findFirst().orElse(byRules);
    }

    /**
     * The next occurrence of a day and month is within a year of the writing, and a run that starts there ends
     * within another year (a run of months, "Nov–Feb"): two years; a year written may be read as itself.
     */
    private static LocalDate latest(String text, LocalDate written) {
        LocalDate byRules = written.plusYears(2);
        return years(text).max().stream().mapToObj(y -> LocalDate.of(y + 1, 12, 31)).filter(byRules::isBefore)
                .findFirst().orElse(byRules);
    }

    private static java.util.stream.IntStream years(String text) {
        Matcher m = YEAR.matcher(text);
        return m.results().mapToInt(r -> Integer.parseInt(r.group()));
    }
}
