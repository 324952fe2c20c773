package tad.availability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tad.plugin.Availability.Kind;

/**
 * The lines of {@code cues.txt} as patterns: the cues of each kind with what each needs, the exclusions
 * ({@code not.<kind>}, {@code not-in-text.<kind>}) and the plain lists the families of cues ask about. A bad
 * line fails at load, naming the file and line, so no half-read file is ever used.
 */
final class CueFile {

    /** A kind's words, and what its statement needs besides them to count. */
    record Cue(Kind kind, Cues.Needs needs, Pattern pattern) {
    }

    /** Words that keep a kind out of a sentence ({@code not.<kind>}) or out of a whole text ({@code not-in-text.}). */
    record Exclusion(Kind kind, Pattern pattern, boolean wholeText) {
    }

    /** The keys of plain lists of patterns, each with what it is for. */
    private static final Set<String> LISTS = Set.of("before", "after", "travel", "convention", "past", "thanked", "future",
            "past-time", "other-subject", "someone-elses", "hypothetical", "unconfirmed", "invitation", "called-off",
            "books-named", "for-the-event", "run-length", "day-pair", "reopen", "other-books", "open-now", "reopen-for", "next-stop", "month-opens", "visiting-guest", "third-persons", "thanks-to-place", "brought", "occasion", "books-for", "season-books", "discount",
            "countdown", "not-yet");

    private final List<Cue> cues;
    private final List<Exclusion> exclusions;
    private final Map<String, List<Pattern>> lists;

    private CueFile(List<Cue> cues, List<Exclusion> exclusions, Map<String, List<Pattern>> lists) {
        this.cues = List.copyOf(cues);
        this.exclusions = List.copyOf(exclusions);
        this.lists = Map.copyOf(lists);
    }

    /** Parses the data lines; a bad line fails naming the file and line. */
    static CueFile parse(String name, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        Map<String, List<Pattern>> lists = new HashMap<>();
        LISTS.forEach(list -> lists.put(list, new ArrayList<>()));
        for (DataLines.Line line : DataLines.parse(name, lines, "kind = regular expression")) {
            String key = line.key();
            String where = line.where();
            Pattern pattern = compile(where, line.value());
            if (LISTS.contains(key)) {
                lists.get(key).add(pattern);
            } else if (key.startsWith("not.") || key.startsWith("not-in-text.")) {
                String slug = key.substring(key.indexOf('.') + 1);
                exclusions.add(new Exclusion(kind(slug, key, where), pattern, key.startsWith("not-in-text.")));
            } else {
                int plus = key.indexOf('+');
                Kind kind = kind(plus < 0 ? key : key.substring(0, plus), key, where);
                cues.add(new Cue(kind, plus < 0 ? Cues.Needs.NOTHING : needs(key.substring(plus + 1), key, where),
                        pattern));
            }
        }
        // flash brought along is a flash cue too ("bringing a fresh flash sheet"), its words written once in the data
        lists.get("brought").forEach(pattern -> cues.add(new Cue(Kind.FLASH, Cues.Needs.NOTHING, pattern)));
        lists.get("month-opens").forEach(pattern -> cues.add(new Cue(Kind.BOOKS_OPEN, Cues.Needs.DAY, pattern)));
        return new CueFile(cues, exclusions, lists);
    }

    private static Kind kind(String slug, String key, String where) {
        return Kind.fromSlug(slug).orElseThrow(() -> new IllegalStateException(where + ": '" + key
                + "' is not books-open, books-closed, flash, guest-spot (optionally +day or +place), not.<kind>,"
                + " not-in-text.<kind>,"
                + " or one of " + new TreeSet<>(LISTS)));
    }

    private static Cues.Needs needs(String what, String key, String where) {
        return switch (what) {
            case "day" -> Cues.Needs.DAY;
            case "place" -> Cues.Needs.PLACE;
            default -> throw new IllegalStateException(where + ": '" + key + "' needs +day or +place");
        };
    }

    private static Pattern compile(String where, String regex) {
        try {
            // "{month}": the month names dates.txt reads, kept there once
            return Pattern.compile(regex.replace("{month}", DateWords.BUNDLED.monthAlternation()),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": not a regular expression: " + e.getDescription(), e);
        }
    }

    List<Cue> cues() {
        return cues;
    }

    List<Exclusion> exclusions() {
        return exclusions;
    }

    List<Pattern> list(String key) {
        return lists.get(key);
    }

    /** Whether any pattern of a plain list is found in the text. */
    boolean any(String list, String text) {
        return lists.get(list).stream().anyMatch(p -> p.matcher(text).find());
    }
}
