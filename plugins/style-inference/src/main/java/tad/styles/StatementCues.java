package tad.styles;

import java.util.List;

/**
 * Words with which artists state what they do ({@code statement-cues.txt}): "I specialise in", "my focus",
 * "Mein Schwerpunkt", "especializado em". A caption whose sentence starts so ("Mein Schwerpunkt: Realistik in Black &
 * Grey, Blackwork und Dotwork") says it of the artist, like a bio, not of one post: such a mention weighs as a bio.
 */
final class StatementCues {

    private final CuePhrases phrases;

    private StatementCues(CuePhrases phrases) {
        this.phrases = phrases;
    }

    static StatementCues from(DataFile file) {
        return new StatementCues(CuePhrases.of(file.lines()));
    }

    /** Whether a cue stands before token {@code at} in its sentence. */
    boolean stated(List<Token> tokens, int at) {
        int sentence = tokens.get(at).sentence();
        for (int start = at - 1; start >= 0 && tokens.get(start).sentence() == sentence; start--) {
            if (phrases.startsAt(tokens, start, at)) {
                return true;
            }
        }
        return false;
    }
}
