package tad.styles;

import java.util.List;
import java.util.Set;

/**
 * The words right beside a style word that make it describe something other than the artist's tattooing, read from
 * the {@code noun}, {@code person}, {@code nationality} and {@code general-after} lines of {@code aside-cues.txt}:
 * <ul>
 *   <li>a noun that is no tattoo: "watercolour paper", "papel de acuarela", "realistic paintings", "a traditional
 *       apprenticeship", "Japanese culture";</li>
 *   <li>a nationality right after a singular person: "un jeune tatoueur japonais", "un tatuador japonés";</li>
 *   <li>a predicate after the style that says it of the style in general: a trend ("Fine line tattoos are all the
 *       rage"), a definition ("Dotwork means"), a history ("Japanese tattooing originated in").</li>
 * </ul>
 * Unlike the cues of {@link AsideCues}, these do not reach over a clause or a sentence: only the words beside the
 * mention count.
 */
final class BesideWords {

    private final CuePhrases nouns;
    private final CuePhrases persons;
    private final Set<String> nationalities;
    private final CuePhrases trailing;

    /**
     * @param nationalities style phrases (as {@link Vocabulary#phraseOf} writes them) that also name a nationality
     * @param trailing      predicates that say a style of styles in general
     */
    BesideWords(CuePhrases nouns, CuePhrases persons, Set<String> nationalities, CuePhrases trailing) {
        this.nouns = nouns;
        this.persons = persons;
        this.nationalities = Set.copyOf(nationalities);
        this.trailing = trailing;
    }

    /** Whether the words beside the mention at tokens [start, end) make it describe no tattoo of the artist's. */
    boolean describeSomethingElse(List<Token> tokens, int start, int end, int window) {
        return besideOtherNoun(tokens, start, end) || nationalityOfAPerson(tokens, start, end)
                || saidOfStylesInGeneral(tokens, end, window);
    }

    private boolean besideOtherNoun(List<Token> tokens, int start, int end) {
        int clause = tokens.get(start).clause();
        return nouns.startsAtInClause(tokens, end) && tokens.get(end).clause() == clause
                || endsInClause(tokens, nouns, start - 1, clause) || endsInClause(tokens, nouns, start - 2, clause);
    }

    private boolean nationalityOfAPerson(List<Token> tokens, int start, int end) {
        String phrase = String.join(" ", tokens.subList(start, end).stream().map(Token::text).toList());
        return nationalities.contains(phrase) && endsInClause(tokens, persons, start - 1, tokens.get(start).clause());
    }

    /** A predicate starting up to {@code window} words after the style, in its clause. */
    private boolean saidOfStylesInGeneral(List<Token> tokens, int end, int window) {
        if (end >= tokens.size()) {
            return false;
        }
        int clause = tokens.get(end - 1).clause();
        for (int at = end; at <= end + window && at < tokens.size() && tokens.get(at).clause() == clause; at++) {
            if (trailing.startsAtInClause(tokens, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInClause(List<Token> tokens, CuePhrases cues, int last, int clause) {
        return last >= 0 && tokens.get(last).clause() == clause && cues.endsAtInClause(tokens, last);
    }
}
