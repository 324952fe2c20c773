package tad.core.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into the plain, lower-case, accent-free words both adapters index and query. Doing this once, here,
 * means Lucene and OpenSearch see identical input (their analysers then only stem and drop stop words, which they do
 * the same way), so both engines match the same artists.
 */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Lucene's (and OpenSearch's) English stop words: dropped from queries so "ink by sam" needs no word "by". */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with");
    static final int MAX_QUERY_WORDS = 8;

    private SearchText() {}

    /** The words of {@code text}: accents removed, lower case, split on anything that is not a letter or digit. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : NON_WORD.split(folded.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The words of {@code text} joined by single spaces: the form every text field is indexed in. */
    public static String normalized(String text) {
        return String.join(" ", words(text));
    }

    /** Normalised texts of several values, one after the other. */
    public static String normalized(List<String> texts) {
        return normalized(String.join(" ", texts));
    }

    /** A handle's words plus the handle run together, so "ink_by_sam" is found by "ink sam" and by "inkbysam". */
    public static String handle(String handle) {
        List<String> words = words(handle);
        return words.size() > 1 ? String.join(" ", words) + " " + String.join("", words) : String.join(" ", words);
    }

    /** The exact-match key of a city ("Leeds", " leeds", "LEEDS" are one city). */
    public static String cityKey(String city) {
        return normalized(city);
    }

    /** The words of a query, with stop words left out (unless that would leave nothing) and duplicates removed. */
    public static List<QueryWord> queryWords(String text) {
        List<String> words = words(text);
        List<String> kept = words.stream().filter(w -> !STOP_WORDS.contains(w)).toList();
        Set<String> unique = new LinkedHashSet<>(kept.isEmpty() ? words : kept);
        return unique.stream().limit(MAX_QUERY_WORDS).map(QueryWord::of).toList();
    }
}
