package tad.availability;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether words hold a time word written one letter off ("this wekend", "tomorow", "satuday"): a reader takes it for
 * the word, the date reader does not, so a statement beside it would be shown without the period it states. Only
 * words of six letters or more are compared ({@code misspelt-time} of dates.txt), so that everyday words one letter
 * from a short time word ("week" and "weed") do not count.
 */
final class Misspelling {

    private static final int SHORTEST = 6;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> TIME = DateWords.BUNDLED.list("misspelt-time").stream().map(DateWords::fold)
            .collect(Collectors.toUnmodifiableSet());

    private Misspelling() {
    }

    /** Whether a word of the text is one edit (a letter added, dropped, changed, or two swapped) from a time word. */
    static boolean ofATimeWord(String words) {
        var m = WORD.matcher(words);
        while (m.find()) {
            String word = DateWords.fold(m.group());
            if (word.length() >= SHORTEST - 1 && !TIME.contains(word)
                    && TIME.stream().anyMatch(t -> t.length() >= SHORTEST && oneEdit(word, t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean oneEdit(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1))
                    || i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
