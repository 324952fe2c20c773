package tad.styles;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Which of the covered languages a text is in, as far as a few words need it ({@code languages.txt}). A word of one
 * language can be an everyday word of another: Portuguese "no" is "in the", not a negation ("especialista no estilo
 * aquarela"); Spanish and Portuguese "manga" is a sleeve ("una manga completa"), not anime. A text with at least
 * {@link #MARKERS_NEEDED} distinct marker words of a language is read in that language, and that language's no-cue
 * and no-style words lose their meaning in it; a cue word of one language only (French "mais", "but", is Portuguese
 * "more") counts only in a text read in its language ({@link AsideCues#contrasts}).
 */
final class TextLanguages {

    static final int MARKERS_NEEDED = 2;

    /**
     * What a text's languages are and take away: the languages it is read in, cue words that are everyday words
     * there, and words naming no style.
     */
    record Reading(Set<String> languages, Set<String> notCues, Set<String> notStyles) {
    }

    private static final String MARKER = "marker-";
    private static final String NO_CUE = "no-cue-";
    private static final String NO_STYLE = "no-style-";

    private final Map<String, Set<String>> markers;
    private final Map<String, Set<String>> noCues;
    private final Map<String, Set<String>> noStyles;

    private TextLanguages(Map<String, Set<String>> markers, Map<String, Set<String>> noCues,
                          Map<String, Set<String>> noStyles) {
        this.markers = Map.copyOf(markers);
        this.noCues = Map.copyOf(noCues);
        this.noStyles = Map.copyOf(noStyles);
    }

    static TextLanguages from(DataFile file) {
        Map<String, Set<String>> markers = new HashMap<>();
        Map<String, Set<String>> noCues = new HashMap<>();
        Map<String, Set<String>> noStyles = new HashMap<>();
        for (DataFile.Entry entry : file.entries()) {
            String words = Vocabulary.phraseOf(entry.value());
            String key = entry.key();
            Map<String, Set<String>> target = key.startsWith(MARKER) ? markers
                    : key.startsWith(NO_CUE) ? noCues : key.startsWith(NO_STYLE) ? noStyles : null;
            if (target == null) {
                throw new IllegalStateException(file.name() + ":" + entry.line() + ": expected marker-<language>, "
                        + "no-cue-<language> or no-style-<language> but got '" + key + "'");
            }
            if (target == markers && words.contains(" ")) {
                // a text's words are looked up one by one, so a marker of two words could never be found
                throw new IllegalStateException(file.name() + ":" + entry.line() + ": a marker is one word, not '"
                        + entry.value() + "'");
            }
            String language = key.substring(key.lastIndexOf('-') + 1);
            target.computeIfAbsent(language, k -> new HashSet<>()).add(words);
        }
        Set<String> withoutMarkers = new HashSet<>(noCues.keySet());
        withoutMarkers.addAll(noStyles.keySet());
        withoutMarkers.removeAll(markers.keySet());
        if (!withoutMarkers.isEmpty()) {
            throw new IllegalStateException(file.name() + ": no marker words for " + withoutMarkers);
        }
        return new TextLanguages(markers, noCues, noStyles);
    }

    /** The languages a text can be read in: those with marker words. */
    Set<String> covered() {
        return markers.keySet();
    }

    Reading read(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        tokens.stream().filter(t -> !t.hashtag()).forEach(t -> words.add(t.text()));
        Set<String> notCues = new HashSet<>();
        Set<String> notStyles = new HashSet<>();
        Set<String> languages = new HashSet<>();
        markers.forEach((language, list) -> {
            if (list.stream().filter(words::contains).count() >= MARKERS_NEEDED) {
                languages.add(language);
                notCues.addAll(noCues.getOrDefault(language, Set.of()));
                notStyles.addAll(noStyles.getOrDefault(language, Set.of()));
            }
        });
        return new Reading(Set.copyOf(languages), notCues, notStyles);
    }
}
