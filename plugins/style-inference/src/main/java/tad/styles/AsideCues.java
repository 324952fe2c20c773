package tad.styles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Styles named beside the artist's own ({@code aside-cues.txt}): what the work draws on ("roots in realism",
 * "inspired by Japanese prints", "oparta jest na tradycyjnym tatuażu"), what the artist paints on paper ("cuando
 * ilustro suele ser a acuarela") and what the artist did before ("I used to do realism", "ho iniziato con disegni semplici, neri, scritte, tribali", "já experimentei cores, pontilhismo").
 * Such a mention is not read at all, neither for nor against.
 *
 * <p>A cue reaches at most {@code window} words on in its clause, never past a contrast word ("but", "mas", "heute")
 * that turns back to the artist's present work. A past cue also reaches the short clauses of a list that follow it
 * in the sentence ("…, neri, scritte, tribali"), up to a clause with a contrast word ("…, pontilhismo, mas me
 * aperfeiçoei no Blackwork"); an influence or medium cue does not ("Inspired by nature, blackwork and dotwork").
 */
final class AsideCues {

    /** Longest clause still read as an item of a list ("scritte", "tribali ecc e"). */
    static final int LIST_ITEM_WORDS = 3;

    private final List<List<String>> influences;
    private final List<List<String>> pasts;
    private final Set<String> contrasts;

    private AsideCues(List<List<String>> influences, List<List<String>> pasts, Set<String> contrasts) {
        this.influences = List.copyOf(influences);
        this.pasts = List.copyOf(pasts);
        this.contrasts = Set.copyOf(contrasts);
    }

    static AsideCues from(DataFile file) {
        List<List<String>> influences = new ArrayList<>();
        List<List<String>> pasts = new ArrayList<>();
        Set<String> contrasts = new HashSet<>();
        for (DataFile.Entry entry : file.entries()) {
            List<String> words = Tokenizer.tokenize(entry.value()).stream().map(Token::text).toList();
            switch (entry.key()) {
                case "influence", "medium" -> influences.add(words);
                case "past" -> pasts.add(words);
                case "contrast" -> contrasts.add(String.join(" ", words));
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected influence, medium, past or contrast but got '" + entry.key() + "'");
            }
        }
        return new AsideCues(influences, pasts, contrasts);
    }

    /** The cues as they apply to one text. */
    Reader reader(List<Token> tokens) {
        return new Reader(tokens);
    }

    final class Reader {

        private final List<Token> tokens;
        private final TreeMap<Integer, int[]> clauses = new TreeMap<>(); // clause -> [first, last] token

        private Reader(List<Token> tokens) {
            this.tokens = tokens;
            for (int i = 0; i < tokens.size(); i++) {
                int index = i;
                clauses.compute(tokens.get(i).clause(), (k, span) -> span == null ? new int[] {index, index}
                        : new int[] {span[0], index});
            }
        }

        /** Whether the mention starting at token {@code start} is named beside the artist's own work. */
        boolean aside(int start, int window) {
            int clause = tokens.get(start).clause();
            int from = clauses.get(clause)[0];
            for (int end = start; end >= Math.max(from, start - window); end--) {
                if (end < start && contrasts.contains(tokens.get(end).text())) {
                    return false;
                }
                if (cueEndsAt(influences, end, from) || cueEndsAt(pasts, end, from)) {
                    return true;
                }
            }
            return listContinuesACue(clause);
        }

        /** "…, neri, scritte, tribali": the mention's clause and those before it are list items after a past cue. */
        private boolean listContinuesACue(int clause) {
            int sentence = tokens.get(clauses.get(clause)[0]).sentence();
            int current = clause;
            while (isListItem(current)) {
                Integer previous = clauses.lowerKey(current);
                if (previous == null || tokens.get(clauses.get(previous)[0]).sentence() != sentence) {
                    return false;
                }
                int[] span = clauses.get(previous);
                for (int end = span[1] + 1; end > span[0]; end--) {
                    if (cueEndsAt(pasts, end, span[0])) {
                        return true;
                    }
                }
                current = previous;
            }
            return false;
        }

        private boolean isListItem(int clause) {
            int[] span = clauses.get(clause);
            return span[1] - span[0] + 1 <= LIST_ITEM_WORDS
                    && tokens.subList(span[0], span[1] + 1).stream().noneMatch(t -> contrasts.contains(t.text()));
        }

        /** Whether one of {@code cues} occupies the tokens just before {@code end}, starting no earlier than from. */
        private boolean cueEndsAt(List<List<String>> cues, int end, int from) {
            for (List<String> cue : cues) {
                int first = end - cue.size();
                if (first >= from && matches(first, cue)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matches(int first, List<String> cue) {
            for (int k = 0; k < cue.size(); k++) {
                Token token = tokens.get(first + k);
                if (token.hashtag() || !token.text().equals(cue.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
