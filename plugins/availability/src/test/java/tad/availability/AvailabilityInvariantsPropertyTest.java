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
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tad.plugin.Availability;
import tad.plugin.testing.Tries;

/**
 * Invariants of the availability reader that hold whatever its rules are, on generated hostile and ordinary text
 * ({@link HostileText}): it never fails and always finishes, its statements are well formed, and it is deterministic.
 * Seeds are fixed so that CI runs the same inputs every time; a failure prints its seed, try, input and output
 * ({@link Tries}).
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

    /** A caption and its day of writing; a long one is printed as its repeated token and length. */
    record Caption(Object text, LocalDate written) {

        String read() {
            return text instanceof HostileText.Repeated repeated ? repeated.text() : (String) text;
        }
    }

    private static LocalDate written(SplittableRandom random) {
        return FIRST_DAY.plusDays(random.nextInt(3 * 365 + 1));
    }

    @Test
    void neverFailsAndGivesWellFormedStatements() {
        Tries.check(20261207, 300, random -> new Caption(HostileText.mixed(random), written(random)),
                AvailabilityInvariantsPropertyTest::infer, AvailabilityInvariantsPropertyTest::wellFormed);
    }

    @Test
    void aHundredThousandCharacterCaptionFinishesWellFormed() {
        Tries.check(20261208, 3, random -> new Caption(HostileText.repeated(random, 100_000), written(random)),
                AvailabilityInvariantsPropertyTest::infer, AvailabilityInvariantsPropertyTest::wellFormed);
    }

    /** Kept to 4,000 characters: these tokens are quadratic in the reader (HostileText.repeated). */
    @Test
    void aLongCaptionOfDottedDatesFinishesWellFormed() {
        Tries.check(20261210, 6, random -> new Caption(HostileText.dotted(random, 4_000), written(random)),
                AvailabilityInvariantsPropertyTest::infer, AvailabilityInvariantsPropertyTest::wellFormed);
    }

    /** A caption read again as a bio {@code daysLater} (0 to 90), by a second inferrer. */
    record Reread(String text, LocalDate written, int daysLater) {
    }

    @Test
    void theSameInputGivesTheSameStatements() {
        Tries.check(20261209, 100,
                random -> new Reread(HostileText.mixed(random), written(random), random.nextInt(91)),
                input -> {
                    List<DatedText> texts = List.of(new DatedText(input.text(), "caption 1", input.written()),
                            new DatedText(input.text(), "bio", input.written().plusDays(input.daysLater())));
                    LocalDate today = input.written().plusDays(input.daysLater());
                    return List.of(INFERRER.infer(texts, today),
                            AvailabilityInferrer.bundled(AvailabilitySettings.DEFAULTS).infer(texts, today));
                },
                (input, both) -> assertThat(both.get(1)).isEqualTo(both.get(0)));
    }

    private static List<Availability> infer(Caption caption) {
        return INFERRER.infer(List.of(new DatedText(caption.read(), "caption 1", caption.written())),
                caption.written());
    }

    private static void wellFormed(Caption caption, List<Availability> found) {
        String text = caption.read();
        LocalDate written = caption.written();
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
