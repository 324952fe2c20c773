package tad.styles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of cue phrases of one or more words ("used to", "these days", "rather than", "is not my thing"), matched on
 * whole plain-word tokens. Every cue file reads its phrases through this one class, so a cue of two words matches
 * exactly as a cue of one does: comparing one token with a whole phrase ("these days") can never match.
 */
final class CuePhrases {

    private final List<List<String>> phrases;

    private CuePhrases(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    /** The phrases as written in a data file, tokenized (and so folded) as any text is. */
    static CuePhrases of(Collection<String> written) {
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : written) {
            List<String> words = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
            if (!words.isEmpty()) {
                phrases.add(words);
            }
        }
        return new CuePhrases(phrases);
    }

    /** These phrases and those of {@code other}. */
    CuePhrases plus(CuePhrases other) {
        List<List<String>> both = new ArrayList<>(phrases);
        both.addAll(other.phrases);
        return new CuePhrases(both);
    }

    /** The phrase occupying the tokens that end just before {@code end}, starting no earlier than from, or null. */
    String endingAt(List<Token> tokens, int end, int from) {
        for (List<String> phrase : phrases) {
            int first = end - phrase.size();
            if (first >= from && end <= tokens.size() && matches(tokens, first, phrase)) {
                return String.join(" ", phrase);
            }
        }
        return null;
    }

    /** Whether a phrase occupies the tokens from {@code start} on, ending no later than {@code limit}. */
    boolean startsAt(List<Token> tokens, int start, int limit) {
        for (List<String> phrase : phrases) {
            if (start >= 0 && start + phrase.size() <= Math.min(limit, tokens.size())
                    && matches(tokens, start, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase occupies the tokens from {@code start} on, all of them in the clause of token start. */
    boolean startsAtInClause(List<Token> tokens, int start) {
        if (start < 0 || start >= tokens.size()) {
            return false;
        }
        int clause = tokens.get(start).clause();
        int limit = start;
        while (limit < tokens.size() && tokens.get(limit).clause() == clause) {
            limit++;
        }
        return startsAt(tokens, start, limit);
    }

    /** Whether a phrase ends at token {@code last} (inclusive), all of it in that token's clause. */
    boolean endsAtInClause(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size()) {
            return false;
        }
        int clause = tokens.get(last).clause();
        int from = last;
        while (from > 0 && tokens.get(from - 1).clause() == clause) {
            from--;
        }
        return endingAt(tokens, last + 1, from) != null;
    }

    private static boolean matches(List<Token> tokens, int first, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            Token token = tokens.get(first + k);
            if (token.hashtag() || !token.text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
