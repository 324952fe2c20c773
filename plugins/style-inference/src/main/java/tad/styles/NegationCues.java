package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Simple negation ({@code negation.txt}): "no realism", "not doing realism", "I don't do Japanese or tribal",
 * "fine line rather than realism", "realism is not my thing". Deliberately shallow: a cue phrase shortly before a
 * mention in the same clause, or a cue phrase right after it. A breaker after the cue cancels it ("not just
 * blackwork"). A cue that is an everyday word in the text's language ({@link TextLanguages}: Portuguese "no" is
 * "in the") is no cue in that text.
 */
final class NegationCues {

    private final CuePhrases before;
    private final CuePhrases after;
    private final CuePhrases breakers;

    private NegationCues(CuePhrases before, CuePhrases after, CuePhrases breakers) {
        this.before = before;
        this.after = after;
        this.breakers = breakers;
    }

    static NegationCues from(DataFile file) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> breakers = new ArrayList<>();
        for (DataFile.Entry entry : file.entries()) {
            switch (entry.key()) {
                case "before" -> before.add(entry.value());
                case "after" -> after.add(entry.value());
                case "breaker" -> breakers.add(entry.value());
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected before, after or breaker but got '" + entry.key() + "'");
            }
        }
        return new NegationCues(CuePhrases.of(before), CuePhrases.of(after), CuePhrases.of(breakers));
    }

    /**
     * Whether the mention spanning tokens [start, end) is negated.
     *
     * @param window  how many tokens before the mention a cue may end
     * @param notCues cue words that are everyday words in this text's language
     */
    boolean negates(List<Token> tokens, int start, int end, int window, Set<String> notCues) {
        int clause = tokens.get(start).clause();
        int from = start;
        while (from > 0 && tokens.get(from - 1).clause() == clause) {
            from--;
        }
        for (int cueEnd = start; cueEnd >= Math.max(from + 1, start - window + 1); cueEnd--) {
            String cue = before.endingAt(tokens, cueEnd, from);
            if (cue != null && !notCues.contains(cue) && !breakers.startsAtInClause(tokens, cueEnd)) {
                return true;
            }
        }
        return after.startsAtInClause(tokens, end) && tokens.get(end).clause() == clause;
    }
}
