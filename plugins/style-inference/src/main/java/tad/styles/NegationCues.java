package tad.styles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Simple negation ({@code negation.txt}): "no realism", "not doing realism", "I don't do Japanese or tribal",
 * "realism is not my thing". Deliberately shallow: a cue word shortly before a mention in the same clause, or a cue
 * phrase right after it. A breaker after the cue cancels it ("not just blackwork").
 *
 * <p>Influence cues ("inspired by", "roots in", "basiert auf") mark a style as what the work draws on, not what the
 * artist does: a mention shortly after one in the same clause is not read at all, neither for nor against.
 *
 * <p>A cue of one language can be an everyday word of another: Portuguese "no" is "in the" ("no estilo aquarela",
 * "no realismo"). A text with at least {@link #MARKERS_NEEDED} distinct marker words of a language is read in that
 * language, and the cues listed as inert there are not cues in it.
 */
final class NegationCues {

    static final int MARKERS_NEEDED = 2;
    private static final String MARKER = "marker-";
    private static final String INERT = "inert-";

    private final Set<String> before;
    private final List<List<String>> after;
    private final Set<String> breakers;
    private final List<List<String>> influences;
    private final Map<String, Set<String>> markers;
    private final Map<String, Set<String>> inert;

    private NegationCues(Set<String> before, List<List<String>> after, Set<String> breakers,
                         List<List<String>> influences, Map<String, Set<String>> markers,
                         Map<String, Set<String>> inert) {
        this.before = Set.copyOf(before);
        this.after = List.copyOf(after);
        this.breakers = Set.copyOf(breakers);
        this.influences = List.copyOf(influences);
        this.markers = Map.copyOf(markers);
        this.inert = Map.copyOf(inert);
    }

    static NegationCues from(DataFile file) {
        Set<String> before = new HashSet<>();
        List<List<String>> after = new ArrayList<>();
        Set<String> breakers = new HashSet<>();
        List<List<String>> influences = new ArrayList<>();
        Map<String, Set<String>> markers = new HashMap<>();
        Map<String, Set<String>> inert = new HashMap<>();
        for (DataFile.Entry entry : file.entries()) {
            List<String> words = Tokenizer.tokenize(entry.value()).stream().map(Token::text).toList();
            String key = entry.key();
            if (key.startsWith(MARKER)) {
                markers.computeIfAbsent(key.substring(MARKER.length()), k -> new HashSet<>()).addAll(words);
                continue;
            }
            if (key.startsWith(INERT)) {
                inert.computeIfAbsent(key.substring(INERT.length()), k -> new HashSet<>()).addAll(words);
                continue;
            }
            switch (key) {
                case "before" -> before.add(String.join(" ", words));
                case "after" -> after.add(words);
                case "breaker" -> breakers.add(String.join(" ", words));
                case "influence" -> influences.add(words);
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected before, after, breaker, influence, marker-<language> or inert-<language> but "
                        + "got '" + key + "'");
            }
        }
        if (!markers.keySet().containsAll(inert.keySet())) {
            throw new IllegalStateException(file.name() + ": inert cues for a language without marker words: "
                    + inert.keySet());
        }
        return new NegationCues(before, after, breakers, influences, markers, inert);
    }

    /** The cues as they apply to one text, once its language is known. */
    Reader reader(List<Token> tokens) {
        Set<String> words = new HashSet<>();
        tokens.stream().filter(t -> !t.hashtag()).forEach(t -> words.add(t.text()));
        Set<String> notCues = new HashSet<>();
        markers.forEach((language, list) -> {
            if (list.stream().filter(words::contains).count() >= MARKERS_NEEDED) {
                notCues.addAll(inert.getOrDefault(language, Set.of()));
            }
        });
        return new Reader(tokens, notCues);
    }

    final class Reader {

        private final List<Token> tokens;
        private final Set<String> notCues;

        private Reader(List<Token> tokens, Set<String> notCues) {
            this.tokens = tokens;
            this.notCues = notCues;
        }

        /**
         * Whether the mention spanning tokens [start, end) is negated.
         *
         * @param window how many tokens before the mention a cue may stand
         */
        boolean negates(int start, int end, int window) {
            int clause = tokens.get(start).clause();
            for (int i = start - 1; i >= Math.max(0, start - window); i--) {
                Token candidate = tokens.get(i);
                if (candidate.clause() != clause) {
                    break;
                }
                if (!candidate.hashtag() && isCue(candidate.text()) && !brokenAfter(i)) {
                    return true;
                }
            }
            return after.stream().anyMatch(phrase -> followsDirectly(end, clause, phrase));
        }

        /** Whether an influence cue ends at most {@code window} tokens before {@code start}, in its clause. */
        boolean influenced(int start, int window) {
            int clause = tokens.get(start).clause();
            for (int end = start; end >= Math.max(0, start - window); end--) {
                if (end < start && tokens.get(end).clause() != clause) {
                    break;
                }
                for (List<String> phrase : influences) {
                    if (endsAt(phrase, end, clause)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether {@code phrase} occupies the tokens just before {@code end}, within the clause. */
        private boolean endsAt(List<String> phrase, int end, int clause) {
            int from = end - phrase.size();
            return from >= 0 && matches(from, clause, phrase);
        }

        private boolean isCue(String word) {
            return before.contains(word) && !notCues.contains(word);
        }

        private boolean brokenAfter(int cue) {
            return cue + 1 < tokens.size() && breakers.contains(tokens.get(cue + 1).text());
        }

        private boolean followsDirectly(int from, int clause, List<String> phrase) {
            return from + phrase.size() <= tokens.size() && matches(from, clause, phrase);
        }

        private boolean matches(int from, int clause, List<String> phrase) {
            for (int k = 0; k < phrase.size(); k++) {
                Token token = tokens.get(from + k);
                if (token.clause() != clause || token.hashtag() || !token.text().equals(phrase.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }
}
