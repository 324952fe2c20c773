package tad.core.search;

/**
 * One word of a text query and how loosely it may match. Both adapters read these numbers instead of applying their
 * engines' own "AUTO" rules, so a typo is tolerated by both or by neither.
 *
 * @param word the normalised word
 * @param prefix whether it also matches words that start with it (as-you-type); single letters do not, they would
 *     match nearly everything
 * @param maxEdits how many typos it tolerates: 0 for words of 1-2 letters, 1 for 3-5, 2 for longer (the usual AUTO)
 */
public record QueryWord(String word, boolean prefix, int maxEdits) {
    static QueryWord of(String word) {
        int length = word.codePointCount(0, word.length());
        int edits = length <= 2 ? 0 : length <= 5 ? 1 : 2;
        return new QueryWord(word, length >= 2, edits);
    }
}
