package tad.core.geo;

import java.text.Normalizer;
import java.util.Locale;

/** How typed city names are compared: case, spacing, hyphens, apostrophes, '&' and accents do not matter. */
final class CityNames {

    private CityNames() {
    }

    /** "Stoke-on-Trent", "stoke on trent" and " STOKE ON  TRENT" all become "stokeontrent". */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
    }

    /** Levenshtein distance: how many single-letter edits turn one key into the other. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
