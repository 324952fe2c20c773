package tad.styles;

import java.util.List;

/**
 * Words with which artists state what they do ({@code statement-cues.txt}): "I specialise in", "my focus",
 * "Mein Schwerpunkt", "especializado em". A caption whose sentence starts so ("Mein Schwerpunkt: Realistik in Black &
 * Grey, Blackwork und Dotwork") says it of the artist, like a bio, not of one post: such a mention weighs as a bio.
 */
final class StatementCues {

    private final List<List<String>> phrases;

    private StatementCues(List<List<String>> phrases) {
        this.phrases = List.copyOf(phrases);
    }

    static StatementCues from(DataFile file) {
        return new StatementCues(file.lines().stream()
                .map(line -> Tokenizer.tokenize(line).stream().map(Token::text).toList())
                .filter(words -> !words.isEmpty())
                .toList());
    }

    /** Whether a cue stands before token {@code at} in its sentence. */
    boolean stated(List<Token> tokens, int at) {
        int sentence = tokens.get(at).sentence();
        for (int start = at - 1; start >= 0 && tokens.get(start).sentence() == sentence; start--) {
            for (List<String> phrase : phrases) {
                if (startsAt(tokens, start, at, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int start, int limit, List<String> phrase) {
        if (start + phrase.size() > limit) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token token = tokens.get(start + k);
            if (token.hashtag() || !token.text().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
