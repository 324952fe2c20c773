package tad.styles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a text is shaped, and the cues that only running prose is read with ({@code prose-cues.txt}).
 *
 * <p>A <em>running prose</em> text (an interview, a portrait, an artist's own about page) has at least
 * {@link #FULL_SENTENCES} full sentences (of {@link #FULL_SENTENCE_WORDS} words or more) holding at least
 * {@link #SHARE_IN_FULL_SENTENCES} of its words. Measured on the tuning sets: no text of `dev`, 2 of the 21 of
 * `public-tune` and 36 of the 115 of `outside-tune`, `-2` and `-3` (studio style lists, bios, Instagram text) are so
 * shaped, against 227 of the 273 of the narrative sets `outside-tune-7`, `-8` and `-9` (with three full sentences
 * more studio bios would be, and three of their gold labels were lost). In such a text a short sentence is a
 * sentence of the story, not a bio line ("Tattoo-Trends: Arschgeweih und Tribal waren gestern."), so an aside cue
 * reaches its whole sentence as in any prose sentence ({@link AsideCues}), and a style named in a sentence that holds
 * one of these cues anywhere, before or after the style (with no contrast word between), is no mention of the
 * artist's own work:
 * <ul>
 *   <li>{@code trend}: fashion and demand in general ("the fine line tattoo trend", "a aquarela é uma tendência",
 *       "sind gefragt", "waren gestern", "va di moda");</li>
 *   <li>{@code history}: the history or definition of a style ("originated in", "by definition", "now called",
 *       "emerged", "sogenannte", "entstand");</li>
 *   <li>{@code own-tattoo}: the artist's own tattoos and first steps ("my first tattoo", "on my neck", "mi feci fare",
 *       "when I started");</li>
 *   <li>{@code others}: another artist's or a client's style ("artists whose", "masters of", "s'il veut");</li>
 *   <li>{@code refusal}: what the artist does not do, where a negation stands further from the style than the
 *       negation window ("ik maak zeker geen oldskool werk of iets traditioneels of realistisch").</li>
 * </ul>
 * Short bios, style lists and hashtags are read as before: the cues apply only in running prose.
 */
final class ProseCues {

    /** Fewest full sentences of a running prose text. */
    static final int FULL_SENTENCES = 4;
    /** Fewest words (style words included) of a full sentence. */
    static final int FULL_SENTENCE_WORDS = 6;
    /** Least share of a running prose text's words that stand in its full sentences. */
    static final double SHARE_IN_FULL_SENTENCES = 0.8;

    private final CuePhrases phrases;

    private ProseCues(CuePhrases phrases) {
        this.phrases = phrases;
    }

    static ProseCues from(DataFile file) {
        List<String> phrases = new ArrayList<>();
        for (DataFile.Entry entry : file.entries()) {
            switch (entry.key()) {
                case "trend", "history", "own-tattoo", "others", "refusal" -> phrases.add(entry.value());
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected trend, history, own-tattoo, others or refusal but got '" + entry.key() + "'");
            }
        }
        return new ProseCues(CuePhrases.of(phrases));
    }

    /** Whether the tokens are running prose: enough full sentences, holding most of the words. */
    static boolean runningProse(List<Token> tokens) {
        Map<Integer, Integer> sentenceWords = new HashMap<>();
        tokens.forEach(token -> sentenceWords.merge(token.sentence(), 1, Integer::sum));
        int full = 0;
        int wordsInFull = 0;
        for (int words : sentenceWords.values()) {
            if (words >= FULL_SENTENCE_WORDS) {
                full++;
                wordsInFull += words;
            }
        }
        return full >= FULL_SENTENCES && wordsInFull >= SHARE_IN_FULL_SENTENCES * tokens.size();
    }

    /**
     * Whether a cue stands in the sentence of the mention at tokens [start, end), before or after it, with no contrast
     * word of {@code contrasts} between them ("When I started tattooing I did old school, but now Japanese").
     */
    boolean inSentenceOf(List<Token> tokens, int start, int end, CuePhrases contrasts) {
        int sentence = tokens.get(start).sentence();
        int first = start;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) {
            first--;
        }
        int limit = end;
        while (limit < tokens.size() && tokens.get(limit).sentence() == sentence) {
            limit++;
        }
        // a cue is looked for before a contrast word at the same place: "now called" is a cue, "now" a contrast
        for (int at = start - 1; at >= first; at--) {
            if (phrases.startsAt(tokens, at, start)) {
                return true;
            }
            if (contrasts.startsAt(tokens, at, start)) {
                break;
            }
        }
        for (int at = end; at < limit; at++) {
            if (phrases.startsAt(tokens, at, limit)) {
                return true;
            }
            if (contrasts.startsAt(tokens, at, limit)) {
                break;
            }
        }
        return false;
    }
}
