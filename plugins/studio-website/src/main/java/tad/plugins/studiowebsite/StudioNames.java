package tad.plugins.studiowebsite;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a studio's name with an Instagram handle or another name, allowing the words every studio uses
 * ("The … Tattoo Studio Co.", "… Leeds", "and") to be dropped or added: "Northern Sigil Tattoo Studio" and
 * {@code northernsigiltattoo} are the same, while {@code gildedserpent.jo} (an artist of The Gilded Serpent) is not.
 */
final class StudioNames {
    /**
     * Words any studio may add to or drop from its name, in the languages of the studios we meet: "Friends Tattoo"
     * is {@code friends.tattoo}, "Shop 221" is {@code shop_221_tatoo_piercing}, "Atelier Noir Tatouage" is
     * {@code ateliernoir}.
     */
    private static final Set<String> GENERIC = Set.of("the", "and", "tattoo", "tattoos", "tattooing", "tatoo",
            "tatts", "studio", "studios", "parlour", "parlor", "co", "company", "collective", "leeds", "uk", "ink",
            "inked", "shop", "official", "piercing", "piercings", "body", "art", "arts", "bodyart", "gallery",
            "tattooshop", "tattoostudio", "tatouage", "tatouages", "tatoueur", "tatoueurs", "salon", "atelier", "le",
            "la", "les", "l", "de", "du", "des", "et", "tatowierung", "tatowierungen", "tatowierer", "tattowierer",
            "der", "die", "das", "und", "von", "tatuaje", "tatuajes", "tatuaggi", "tatuaggio", "tatuagem", "estudio",
            "el", "los", "las", "il", "lo", "y", "e");
    private static final String ANY_GENERIC = "(?:" + String.join("|", GENERIC) + ")*";

    private StudioNames() {
    }

    static boolean handleMatches(String handle, String studioName) {
        if (handle == null || studioName == null || core(studioName).isEmpty()) {
            return false;
        }
        StringBuilder pattern = new StringBuilder("^").append(ANY_GENERIC);
        for (String word : words(studioName)) {
            String quoted = Pattern.quote(word);
            pattern.append(GENERIC.contains(word) ? "(?:" + quoted + ")?" : quoted);
        }
        pattern.append(ANY_GENERIC).append("$");
        String letters = handle.toLowerCase(Locale.ROOT).replaceAll("[._]", "");
        return Pattern.matches(pattern.toString(), letters);
    }

    static boolean sameName(String a, String b) {
        return a != null && b != null && !core(a).isEmpty() && core(a).equals(core(b));
    }

    /** The distinctive part of a name: its non-generic words, joined. */
    static String core(String name) {
        StringBuilder core = new StringBuilder();
        for (String word : words(name)) {
            if (!GENERIC.contains(word)) {
                core.append(word);
            }
        }
        return core.toString();
    }

    private static String[] words(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", " ").strip();
        return cleaned.isEmpty() ? new String[0] : cleaned.split(" ");
    }
}
