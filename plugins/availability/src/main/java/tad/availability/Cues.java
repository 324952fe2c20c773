package tad.availability;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tad.plugin.Availability.Kind;

/** The phrases of {@code cues.txt}: what names each kind of statement, and what negates one. */
final class Cues {

    /** A kind's words found in a sentence, and where. */
    record Hit(Kind kind, int start, int end) {
    }

    private record Cue(Kind kind, Pattern pattern) {
    }

    private final List<Cue> cues;
    private final List<Pattern> before;
    private final List<Pattern> after;

    private Cues(List<Cue> cues, List<Pattern> before, List<Pattern> after) {
        this.cues = List.copyOf(cues);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    static Cues bundled() {
        String path = "/tad/availability/cues.txt";
        return parse(path, DataLines.bundled(path));
    }

    /** Parses the data lines; a bad line fails naming the file and line. */
    static Cues parse(String name, List<String> lines) {
        List<Cue> cues = new ArrayList<>();
        List<Pattern> before = new ArrayList<>();
        List<Pattern> after = new ArrayList<>();
        for (DataLines.Line line : DataLines.parse(name, lines, "kind = regular expression")) {
            String key = line.key();
            String where = line.where();
            Pattern pattern = compile(where, line.value());
            switch (key) {
                case "before" -> before.add(pattern);
                case "after" -> after.add(pattern);
                default -> cues.add(new Cue(Kind.fromSlug(key).orElseThrow(() -> new IllegalStateException(where
                        + ": '" + key + "' is not books-open, books-closed, flash, guest-spot, before or after")),
                        pattern));
            }
        }
        return new Cues(cues, before, after);
    }

    private static Pattern compile(String where, String regex) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": not a regular expression: " + e.getDescription(), e);
        }
    }

    /** The first statement of each kind in the sentence that is not negated, in text order. */
    List<Hit> find(String sentence) {
        List<Hit> hits = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            first(kind, sentence).ifPresent(hits::add);
        }
        hits.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return hits;
    }

    private Optional<Hit> first(Kind kind, String sentence) {
        for (Cue cue : cues) {
            if (cue.kind() != kind) {
                continue;
            }
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                if (!negated(sentence, m.start(), m.end())) {
                    return Optional.of(new Hit(kind, m.start(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean negated(String sentence, int start, int end) {
        String head = sentence.substring(0, start);
        String tail = sentence.substring(end);
        return before.stream().anyMatch(p -> p.matcher(head).find()) || after.stream().anyMatch(p -> p.matcher(tail).find());
    }
}
