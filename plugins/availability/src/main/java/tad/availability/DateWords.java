package tad.availability;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with ({@code dates.txt}): month and weekday names, relative days ("next month",
 * "le mois prochain") and the small words around dates ("till", "bis", "del 12 al 14"), in the languages of the UK
 * and European studios. Every word is also known without its accents, as artists often leave them out.
 */
final class DateWords {

    static final DateWords BUNDLED = bundled();
    private static final String HOLIDAY = "on-holiday.";
    private static final String SHORT_WEEKDAY = "short-weekday.";

    private final Map<String, Integer> months = new HashMap<>();   // folded name -> 1..12
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final Map<String, DayOfWeek> shortWeekdays = new HashMap<>();   // "fri": only before an ordinal day
    private final Set<String> monthNames = new LinkedHashSet<>();   // as written in the file
    private final Set<String> weekdayNames = new LinkedHashSet<>();
    private final Map<String, Set<String>> lists = new HashMap<>();
    private final Map<String, Set<String>> asWritten = new HashMap<>();   // the same lists, case kept

    private DateWords() {
    }

    private static DateWords bundled() {
        String path = "/tad/availability/dates.txt";
        return parse(path, DataLines.bundled(path));
    }

    /** Parses the data lines; a bad line fails naming the file and line. */
    static DateWords parse(String name, List<String> lines) {
        DateWords words = new DateWords();
        for (DataLines.Line line : DataLines.parse(name, lines, "key = words, ...")) {
            String key = line.key();
            List<String> values = Arrays.stream(line.value().split(","))
                    .map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
            if (key.startsWith("month.")) {
                int month = Integer.parseInt(key.substring("month.".length()));
                values.forEach(w -> words.months.put(fold(w), month));
                words.monthNames.addAll(values);
            } else if (key.equals("month-names-of")) {
                // the month names of these languages from the JDK's CLDR data, format and stand-alone ("marca", "marzec")
                for (String language : values) {
                    for (Month month : Month.values()) {
                        for (TextStyle style : new TextStyle[] {TextStyle.FULL, TextStyle.FULL_STANDALONE}) {
                            String cldr = month.getDisplayName(style, Locale.of(language)).toLowerCase(Locale.ROOT);
                            words.months.put(fold(cldr), month.getValue());
                            words.monthNames.add(cldr);
                        }
                    }
                }
            } else if (key.startsWith("weekday.")) {
                DayOfWeek day = DayOfWeek.of(Integer.parseInt(key.substring("weekday.".length())));
                values.forEach(w -> words.weekdays.put(fold(w), day));
                words.weekdayNames.addAll(values);
            } else if (key.startsWith(SHORT_WEEKDAY)) {
                DayOfWeek day = DayOfWeek.of(Integer.parseInt(key.substring(SHORT_WEEKDAY.length())));
                values.forEach(w -> words.shortWeekdays.put(fold(w), day));
            } else {
                words.lists.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(values);
                Arrays.stream(line.value().split(",")).map(String::strip).filter(w -> !w.isEmpty())
                        .forEach(w -> words.asWritten.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(w));
            }
        }
        return words;
    }

    /** Lowercase, without accents, with a straight apostrophe: how names are looked up. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT).replace('’', '\''),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /** A regular expression alternation of the words of a list, longest first, with and without accents. */
    String alternation(String list) {
        return alternation(lists.getOrDefault(list, Set.of()));
    }

    /**
     * The words of a list as the file writes them, longest first, for a case-sensitive match; a list the file does not
     * have matches nothing.
     */
    String alternationAsWritten(String list) {
        Set<String> words = asWritten.getOrDefault(list, Set.of());
        return words.isEmpty() ? "(?!)" : words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    String monthAlternation() {
        return alternation(monthNames);
    }

    String weekdayAlternation() {
        return alternation(weekdayNames);
    }

    /** The holidays named as an event's day ({@code on-holiday.MM-DD} lines), longest first. */
    String holidayAlternation() {
        return alternation(lists.entrySet().stream().filter(e -> e.getKey().startsWith(HOLIDAY))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.<String, Set<String>>toCollection(LinkedHashSet::new)));
    }

    /** The day of the year of a holiday as written ("Halloween": 31 October). */
    Optional<MonthDay> holiday(String written) {
        return lists.entrySet().stream().filter(e -> e.getKey().startsWith(HOLIDAY))
                .filter(e -> e.getValue().stream().anyMatch(w -> fold(w).equals(fold(written.strip().replaceAll("\\s+", " ")))))
                .map(e -> MonthDay.parse("--" + e.getKey().substring(HOLIDAY.length()))).findFirst();
    }

    Optional<Integer> month(String written) {
        return Optional.ofNullable(months.get(fold(written.replace(".", ""))));
    }

    Optional<DayOfWeek> weekday(String written) {
        return Optional.ofNullable(weekdays.get(fold(written)));
    }

    /** "Fri 31st": the short weekdays written before an ordinal day ({@code short-weekday.N} lines). */
    String shortWeekdayAlternation() {
        return alternation(shortWeekdays.keySet());
    }

    Optional<DayOfWeek> shortWeekday(String written) {
        return Optional.ofNullable(shortWeekdays.get(fold(written.replace(".", ""))));
    }

    /** The words of a list, in lower case; a list the file does not have is empty. */
    Set<String> list(String list) {
        return lists.getOrDefault(list, Set.of());
    }

    boolean in(String list, String written) {
        return lists.getOrDefault(list, Set.of()).stream().anyMatch(w -> fold(w).equals(fold(written.strip())));
    }

    private static String alternation(Set<String> words) {
        Set<String> forms = new LinkedHashSet<>();
        for (String word : words) {
            forms.add(word);
            forms.add(fold(word));
        }
        return forms.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> Pattern.quote(w).replace("'", "\\E['’]\\Q").replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
