package tad.availability;

import java.util.List;
import java.util.Locale;
import tad.plugin.StudioRef;

/**
 * The studios an artist works at, as the crawl found them: their names are never the place of a guest spot. "Guest
 * spot at Black Anchor 12-14 March" on Black Anchor's own artist names no town; a name PlaceReader would otherwise
 * take for one ("at Briar & Bone", "Black Anchor" without a studio word) is checked against these.
 *
 * @param names the studios' names as the crawl knows them
 * @param towns the towns those studios are in: a town is a place even when a studio is named after it ("Leeds Ink")
 */
record HomeStudios(List<String> names, List<String> towns) {

    static final HomeStudios NONE = new HomeStudios(List.of(), List.of());

    HomeStudios {
        names = names.stream().map(HomeStudios::fold).filter(n -> !n.isEmpty()).toList();
        towns = towns.stream().map(HomeStudios::fold).filter(n -> !n.isEmpty()).toList();
    }

    static HomeStudios of(List<StudioRef> studios) {
        return new HomeStudios(studios.stream().map(StudioRef::name).toList(),
                studios.stream().map(StudioRef::city).toList());
    }

    /**
     * Whether a name read as a place is one of these studios: the studio's whole name, two or more of its words in a
     * row ("Black Anchor" of "Black Anchor Tattoo"), or a name containing it; never one of their towns, and never a
     * single word of a longer name ("Manchester" of "Manchester Ink" is still a town).
     */
    boolean isStudio(String place) {
        String candidate = fold(place);
        if (candidate.isEmpty() || towns.contains(candidate)) {
            return false;
        }
        String padded = " " + candidate + " ";
        boolean severalWords = candidate.contains(" ");
        return names.stream().anyMatch(name -> candidate.equals(name) || padded.contains(" " + name + " ")
                || severalWords && (" " + name + " ").contains(padded));
    }

    /** Whether one of these studios' names is written at {@code index} of the text ("Briar & Bone 12-14 January"). */
    boolean namedAt(String text, int index) {
        String rest = " " + fold(text.substring(index)) + " ";
        return names.stream().anyMatch(name -> rest.startsWith(" " + name + " "));
    }

    /** Lowercase words without punctuation: "Briar & Bone" and "briar and bone" differ, "Briar & Bone," does not. */
    private static String fold(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
    }
}
