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

    /** The cues of one text, found once: asking for every mention of a long sentence stays linear. */
    Reader reader(List<Token> tokens) {
        return new Reader(tokens);
    }

    /**
     * For each token, the nearest end of a cue that starts in its sentence before it: a cue stands before token
     * {@code at} when one starting before it ends at or before it. Looking back from every mention to its sentence's
     * start was quadratic on a long sentence (a 100,000-character bio of "b/g n' ").
     */
    final class Reader {

        private final List<Token> tokens;
        private final int[] nearestEnd;

        private Reader(List<Token> tokens) {
            this.tokens = tokens;
            this.nearestEnd = new int[tokens.size()];
            for (int start = 0; start < tokens.size(); start++) {
                int end = shortestCueEnd(start);
                boolean sameSentence = start > 0 && tokens.get(start - 1).sentence() == tokens.get(start).sentence();
                nearestEnd[start] = sameSentence ? Math.min(end, nearestEnd[start - 1]) : end;
            }
        }

        /** Whether a cue stands before token {@code at} in its sentence. */
        boolean stated(int at) {
            int previous = at - 1;
            return previous >= 0 && tokens.get(previous).sentence() == tokens.get(at).sentence()
                    && nearestEnd[previous] <= at;
        }

        private int shortestCueEnd(int start) {
            int length = phrases.shortestAt(tokens, start);
            return length > 0 ? start + length : Integer.MAX_VALUE;
        }
    }
}
