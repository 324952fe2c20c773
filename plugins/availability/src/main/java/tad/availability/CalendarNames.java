package tad.availability;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The full month and weekday names of every language the enricher reads (en, de, fr, es, it, nl, pt, pl), from the
 * JDK's CLDR locale data ({@link Month#getDisplayName}, {@link DayOfWeek#getDisplayName}) rather than a hand list, in
 * their format and stand-alone forms ("stycznia" and "styczeń"), less those {@code dates.txt} already has (the
 * reader reads those, and DateLike knows their recurring uses). {@link DateLike} uses them to notice a day named in
 * words the reader ({@code dates.txt}) does not read, so that a statement is withheld instead of shown without it.
 * Polish names are inflected beyond CLDR's forms ("w sobotę", "w niedzielę"): their stem with a case ending counts.
 * A weekday named in two hyphenated parts (Portuguese "sexta-feira") counts by its first part too ("na sexta").
 */
final class CalendarNames {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.of("es"), Locale.ITALIAN, Locale.of("nl"), Locale.of("pt"), Locale.of("pl"));
    private static final Locale INFLECTED = Locale.of("pl");
    private static final TextStyle[] STYLES = {TextStyle.FULL, TextStyle.FULL_STANDALONE};
    // a name's stem: the name without a last vowel ("sobot" of "sobota"), for inflected forms
    private static final Pattern LAST_VOWEL = Pattern.compile("[aeiouyąę]$");
    // the Polish endings a stem takes in captions beyond CLDR's forms: "w sobotę", "w środę", "we wtorki" is plural
    private static final String INFLECTIONS = "(?:[aeoęąy]|ie|ach)";

    static final CalendarNames JDK = new CalendarNames();

    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Boolean> inflected = new HashMap<>();
    private final Pattern pattern;

    private CalendarNames() {
        for (Locale locale : LOCALES) {
            for (TextStyle style : STYLES) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    String name = day.getDisplayName(style, locale);
                    add(name, locale, n -> weekdays.put(n, day));
                    if (name.indexOf('-') > 0) { // "sexta-feira" is written "na sexta" as often: its first part counts
                        add(name.substring(0, name.indexOf('-')), locale, n -> weekdays.put(n, day));
                    }
                }
                for (Month month : Month.values()) {
                    add(month.getDisplayName(style, locale), locale, name -> months.put(name, month.getValue()));
                }
            }
        }
        String alternation = inflected.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Boolean> e) -> e.getKey().length()).reversed())
                .map(e -> Pattern.quote(e.getKey()) + (e.getValue() ? INFLECTIONS : ""))
                .collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private void add(String displayName, Locale locale, java.util.function.Consumer<String> put) {
        String name = displayName.toLowerCase(locale);
        if (name.length() < 3 || name.chars().allMatch(Character::isDigit)) {
            return; // a locale without a name gives the number
        }
        if (DateWords.BUNDLED.weekday(name).isPresent() || DateWords.BUNDLED.month(name).isPresent()) {
            return; // a name the reader reads is DateLike's own ("the first Saturday of every month" is no day)
        }
        boolean stem = locale.equals(INFLECTED) && LAST_VOWEL.matcher(name).find();
        String key = stem ? name.substring(0, name.length() - 1) : name;
        put.accept(key);
        inflected.merge(key, stem, Boolean::logicalOr);
    }

    /** The names of months and weekdays in the text, as written. */
    List<String> in(String text) {
        Matcher m = pattern.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }

    /** The weekday a name found by {@link #in} gives. */
    Optional<DayOfWeek> weekday(String written) {
        return Optional.ofNullable(weekdays.get(key(written)));
    }

    /** The month a name found by {@link #in} gives. */
    Optional<Integer> month(String written) {
        return Optional.ofNullable(months.get(key(written)));
    }

    private String key(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return inflected.keySet().stream().filter(lower::startsWith).max(Comparator.comparingInt(String::length))
                .orElse(lower);
    }
}
