package tad.styles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Simple negation ({@code negation.txt}): "no realism", "not doing realism", "I don't do Japanese or tribal",
 * "realism is not my thing". Deliberately shallow: a cue word shortly before a mention in the same clause, or a cue
 * phrase right after it. A breaker after the cue cancels it ("not just blackwork"). A cue that is an everyday word in
 * the text's language ({@link TextLanguages}: Portuguese "no" is "in the") is no cue in that text.
 */
final class NegationCues {

    private final Set<String> before;
    private final List<List<String>> after;
    private final Set<String> breakers;

    NegationCues(Set<String> before, List<List<String>> after, Set<String> breakers) {
        this.before = Set.copyOf(before);
        this.after = List.copyOf(after);
        this.breakers = Set.copyOf(breakers);
    }

    static NegationCues from(DataFile file) {
        Set<String> before = new HashSet<>();
        List<List<String>> after = new ArrayList<>();
        Set<String> breakers = new HashSet<>();
        for (DataFile.Entry entry : file.entries()) {
            List<String> words = Tokenizer.tokenize(entry.value()).stream().map(Token::text).toList();
            switch (entry.key()) {
                case "before" -> before.add(String.join(" ", words));
                case "after" -> after.add(words);
                case "breaker" -> breakers.add(String.join(" ", words));
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected before, after or breaker but got '" + entry.key() + "'");
            }
        }
        return new NegationCues(before, after, breakers);
    }

    /**
     * Whether the mention spanning tokens [start, end) is negated.
     *
     * @param window  how many tokens before the mention a cue may stand
     * @param notCues cue words that are everyday words in this text's language
     */
    boolean negates(List<Token> tokens, int start, int end, int window, Set<String> notCues) {
        int clause = tokens.get(start).clause();
        for (int i = start - 1; i >= Math.max(0, start - window); i--) {
            Token candidate = tokens.get(i);
            if (candidate.clause() != clause) {
                break;
            }
            if (!candidate.hashtag() && before.contains(candidate.text()) && !notCues.contains(candidate.text())
                    && !brokenAfter(tokens, i)) {
                return true;
            }
        }
        return after.stream().anyMatch(phrase -> followsDirectly(tokens, end, clause, phrase));
    }

    private boolean brokenAfter(List<Token> tokens, int cue) {
        return cue + 1 < tokens.size() && breakers.contains(tokens.get(cue + 1).text());
    }

    private static boolean followsDirectly(List<Token> tokens, int from, int clause, List<String> phrase) {
        if (from + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token token = tokens.get(from + k);
            if (token.clause() != clause || token.hashtag() || !token.text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
