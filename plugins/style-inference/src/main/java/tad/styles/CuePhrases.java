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

    /** The word count of the shortest phrase that occupies the tokens from {@code start} on, or 0 when none does. */
    int shortestAt(List<Token> tokens, int start) {
        int shortest = 0;
        for (List<String> phrase : phrases) {
            if (start + phrase.size() <= tokens.size() && matches(tokens, start, phrase)
                    && (shortest == 0 || phrase.size() < shortest)) {
                shortest = phrase.size();
            }
        }
        return shortest;
    }

    /**
     * Whether a phrase occupies the tokens from {@code start} on, all of them in the clause of token start. Clause
     * numbers only grow along the tokens, so a phrase whose last token is in that clause is all in it: each phrase is
     * checked in its own length, not by walking the clause (quadratic on a text of one long clause).
     */
    boolean startsAtInClause(List<Token> tokens, int start) {
        if (start < 0 || start >= tokens.size()) {
            return false;
        }
        int clause = tokens.get(start).clause();
        for (List<String> phrase : phrases) {
            int end = start + phrase.size();
            if (end <= tokens.size() && tokens.get(end - 1).clause() == clause && matches(tokens, start, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a phrase ends at token {@code last} (inclusive), all of it in that token's clause. */
    boolean endsAtInClause(List<Token> tokens, int last) {
        if (last < 0 || last >= tokens.size()) {
            return false;
        }
        int clause = tokens.get(last).clause();
        for (List<String> phrase : phrases) {
            int first = last + 1 - phrase.size();
            if (first >= 0 && tokens.get(first).clause() == clause && matches(tokens, first, phrase)) {
                return true;
            }
        }
        return false;
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
