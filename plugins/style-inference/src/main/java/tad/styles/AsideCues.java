package tad.styles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Styles named beside the artist's own work ({@code aside-cues.txt}): what the work draws on or the artist admires
 * ("roots in realism", "as much as I appreciate realism"), what the artist paints on paper ("cuando ilustro suele ser
 * a acuarela", "a biro on watercolour paper") and what the artist did before or as a child ("I used to do realism",
 * "cuando era pequeña … mi inicial realizada en tribal"), what is in fashion or on offer in general ("Der Trend geht zu
 * … realistischen Abbildungen", "trabajan todo tipo de estilos, desde el realismo …") and what other artists do
 * ("certains artistes … le dotwork"). Such a mention is not read at all, neither for nor against.
 *
 * <p>How far a cue reaches depends on the kind of sentence, because a bio line and a portrait's prose use commas
 * differently. In a short sentence (a bio line, a style list: at most {@link #PROSE_WORDS} words besides its style
 * words) a comma separates the artist's own items from the aside, so a cue reaches at most {@code window} words on in
 * its clause ("Inspired by nature, blackwork and dotwork" keeps both); only a past, general or others cue also reaches
 * the short clauses of a list after it ("ho iniziato con disegni semplici, neri, scritte, tribali", "Der Trend geht zu
 * Aquarellen, zu Farben, realistischen Abbildungen"): those name a series, not the artist's own work. In <em>prose</em>, the
 * clauses after a cue belong to it ("il a nourri sa patte de nombreux styles graphiques, « du tribal au réalisme, du
 * celtique à l'old school »"), so a cue reaches to the end of its sentence. Either reach ends at a contrast word
 * ("but", "mas", "heute", "désormais") that turns back to the artist's present work. A contrast word of one language
 * only ({@code contrast-fr = mais}: Portuguese "mais" is "more", as in "os desenhos mais pedidos") ends a reach only in
 * a text read in that language ({@link TextLanguages}).
 *
 * <p>The words right beside a style word (a noun that is no tattoo, a nationality after a person, a trend said after
 * the style) are {@link BesideWords}, read from the same file. A sentence that opens by pointing back ("It was …")
 * carries on the aside of the sentence before it.
 */
final class AsideCues {

    /** Most words besides its style words in a clause read as a list item ("scritte", "que son el tradicional"). */
    static final int LIST_ITEM_WORDS = 3;
    /** Words besides its style words above which a sentence is prose (a portrait's, not a bio line or a list). */
    static final int PROSE_WORDS = 12;

    private static final String LANGUAGE_CONTRAST = "contrast-";

    private final CuePhrases frames;
    private final CuePhrases pasts;
    private final CuePhrases contrasts;
    private final Map<String, CuePhrases> contrastsByLanguage;
    private final CuePhrases continuations;
    private final BesideWords besideWords;

    private AsideCues(CuePhrases frames, CuePhrases pasts, CuePhrases contrasts,
                      Map<String, CuePhrases> contrastsByLanguage, CuePhrases continuations, BesideWords besideWords) {
        this.frames = frames;
        this.pasts = pasts;
        this.contrasts = contrasts;
        this.contrastsByLanguage = Map.copyOf(contrastsByLanguage);
        this.continuations = continuations;
        this.besideWords = besideWords;
    }

    static AsideCues from(DataFile file) {
        List<String> frames = new ArrayList<>();
        List<String> pasts = new ArrayList<>();
        List<String> nouns = new ArrayList<>();
        List<String> contrasts = new ArrayList<>();
        Map<String, List<String>> contrastsByLanguage = new HashMap<>();
        List<String> trailing = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        Set<String> nationalities = new HashSet<>();
        List<String> continuations = new ArrayList<>();
        for (DataFile.Entry entry : file.entries()) {
            if (entry.key().startsWith(LANGUAGE_CONTRAST)) {
                String language = entry.key().substring(LANGUAGE_CONTRAST.length());
                contrastsByLanguage.computeIfAbsent(language, k -> new ArrayList<>()).add(entry.value());
                continue;
            }
            switch (entry.key()) {
                case "influence", "admiration", "medium" -> frames.add(entry.value());
                case "past", "general", "others" -> pasts.add(entry.value());
                case "noun" -> nouns.add(entry.value());
                case "contrast" -> contrasts.add(entry.value());
                case "general-after" -> trailing.add(entry.value());
                case "person" -> persons.add(entry.value());
                case "nationality" -> nationalities.add(Vocabulary.phraseOf(entry.value()));
                case "continuation" -> continuations.add(entry.value());
                default -> throw new IllegalStateException(file.name() + ":" + entry.line()
                        + ": expected influence, admiration, medium, general, general-after, others, past, noun, "
                        + "person, nationality, continuation, contrast or contrast-<language> but got '" + entry.key() + "'");
            }
        }
        Map<String, CuePhrases> byLanguage = new HashMap<>();
        contrastsByLanguage.forEach((language, words) -> byLanguage.put(language, CuePhrases.of(words)));
        return new AsideCues(CuePhrases.of(frames), CuePhrases.of(pasts), CuePhrases.of(contrasts), byLanguage,
                CuePhrases.of(continuations), new BesideWords(CuePhrases.of(nouns), CuePhrases.of(persons),
                nationalities, CuePhrases.of(trailing)));
    }

    /**
     * Words that turn back to the artist's present work ("but", "heute", "désormais"): where a cue's reach ends; those
     * of one language only ("mais") in a text read in that language.
     */
    CuePhrases contrasts(Set<String> languages) {
        CuePhrases words = contrasts;
        for (String language : languages) {
            CuePhrases own = contrastsByLanguage.get(language);
            words = own == null ? words : words.plus(own);
        }
        return words;
    }

    /** The languages of {@code contrast-<language>} lines, each of which needs marker words in languages.txt. */
    Set<String> contrastLanguages() {
        return contrastsByLanguage.keySet();
    }

    /**
     * The cues as they apply to one text.
     *
     * @param styleWords which tokens are part of a style phrase or tag: not counted as the sentence's own words
     * @param runningProse whether the text is running prose ({@link ProseCues}): then every sentence is prose
     * @param languages    the languages the text is read in ({@link TextLanguages})
     */
    Reader reader(List<Token> tokens, boolean[] styleWords, boolean runningProse, Set<String> languages) {
        return new Reader(tokens, styleWords, runningProse, contrasts(languages));
    }

    final class Reader {

        private final List<Token> tokens;
        private final boolean[] styleWords;
        private final CuePhrases contrasts;
        private final TreeMap<Integer, int[]> clauses = new TreeMap<>(); // clause -> [first, last] token
        private final Map<Integer, Integer> sentenceStarts = new HashMap<>();
        private final Set<Integer> proseSentences = new HashSet<>();
        private final Map<Integer, CueScan> scans = new HashMap<>(); // from a sentence's first token
        private final Map<Integer, Boolean> pastListed = new HashMap<>(); // clause -> listContinuesAPastCue

        private Reader(List<Token> tokens, boolean[] styleWords, boolean runningProse, CuePhrases contrasts) {
            this.tokens = tokens;
            this.styleWords = styleWords;
            this.contrasts = contrasts;
            Map<Integer, Integer> ownWords = new HashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                int index = i;
                Token token = tokens.get(i);
                clauses.compute(token.clause(), (k, span) -> span == null ? new int[] {index, index}
                        : new int[] {span[0], index});
                sentenceStarts.putIfAbsent(token.sentence(), i);
                if (!token.hashtag() && !styleWords[i]) {
                    ownWords.merge(token.sentence(), 1, Integer::sum);
                }
            }
            ownWords.forEach((sentence, words) -> {
                if (runningProse || words > PROSE_WORDS) {
                    proseSentences.add(sentence);
                }
            });
        }

        /** The contrast words of this text's languages. */
        CuePhrases contrasts() {
            return contrasts;
        }

        /** Whether token {@code at} stands in a prose sentence (more than {@link #PROSE_WORDS} own words). */
        boolean prose(int at) {
            return proseSentences.contains(tokens.get(at).sentence());
        }

        /** Whether the mention at tokens [start, end) is named beside the artist's own work. */
        boolean aside(int start, int end, int window) {
            if (besideWords.describeSomethingElse(tokens, start, end, window) || continuesTheAsideBefore(start)) {
                return true;
            }
            Token token = tokens.get(start);
            if (proseSentences.contains(token.sentence())) {
                int first = sentenceStarts.get(token.sentence());
                return cueBefore(start, first, first);
            }
            int from = clauses.get(token.clause())[0];
            return cueBefore(start, from, Math.max(from, start - window)) || listContinuesAPastCue(token.clause());
        }

        /**
         * "a friend of mine got his first tattoo from [name]. It was a big anchor … all in black and grey": a sentence
         * that opens by pointing back ("It was", "C'était", "Era") goes on with the sentence before it, so an aside
         * cue there (not ended by a contrast word) also covers it, unless a contrast word stands before the mention.
         */
        private boolean continuesTheAsideBefore(int start) {
            int first = sentenceStarts.get(tokens.get(start).sentence());
            if (first == 0 || !continuations.startsAt(tokens, first, start)) {
                return false;
            }
            for (int at = first; at < start; at++) {
                if (contrasts.startsAt(tokens, at, start)) {
                    return false;
                }
            }
            int previousFirst = sentenceStarts.get(tokens.get(first - 1).sentence());
            return cueBefore(first, previousFirst, previousFirst);
        }

        /** A cue ending at or before start and no earlier than {@code earliestEnd}, with no contrast word after it. */
        private boolean cueBefore(int start, int from, int earliestEnd) {
            if (earliestEnd == from) {
                return cueEndsAt(start, from) || scanFrom(from).openCueThrough(start - 1);
            }
            for (int end = start; end >= earliestEnd; end--) {
                if (end < start && contrasts.endingAt(tokens, end + 1, from) != null) {
                    return false;
                }
                if (frames.endingAt(tokens, end, from) != null || pasts.endingAt(tokens, end, from) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean cueEndsAt(int end, int from) {
            return frames.endingAt(tokens, end, from) != null || pasts.endingAt(tokens, end, from) != null;
        }

        private CueScan scanFrom(int from) {
            return scans.computeIfAbsent(from, CueScan::new);
        }

        /**
         * Looking back from every mention of a long prose sentence to its start was quadratic (a 100,000-character
         * bio of "b/g n' " took half an hour): this walks the sentence once from its start, as far as asked, and
         * keeps for each token whether a cue ends at or before it with no contrast word after the cue.
         */
        private final class CueScan {

            private final int from;
            private boolean[] open = new boolean[0];
            private int scanned;

            private CueScan(int from) {
                this.from = from;
                this.scanned = from;
            }

            /** Whether a cue ends at or before token {@code last} (inclusive) with no contrast word after it. */
            boolean openCueThrough(int last) {
                if (last < from) {
                    return false;
                }
                for (; scanned <= last; scanned++) {
                    boolean before = scanned > from && open[scanned - from - 1];
                    boolean contrast = contrasts.endingAt(tokens, scanned + 1, from) != null;
                    if (open.length <= scanned - from) {
                        open = java.util.Arrays.copyOf(open, Math.max(16, 2 * open.length));
                    }
                    open[scanned - from] = !contrast && (cueEndsAt(scanned, from) || before);
                }
                return open[last - from];
            }
        }

        /**
         * "…, neri, scritte, tribali": the mention's clause and those before it are list items after a past cue. Every
         * clause met on the way back gets the same answer, kept, so a list of thousands of items is walked once.
         */
        private boolean listContinuesAPastCue(int clause) {
            int sentence = tokens.get(clauses.get(clause)[0]).sentence();
            List<Integer> walked = new ArrayList<>();
            int current = clause;
            boolean continues;
            while (true) {
                Boolean known = pastListed.get(current);
                if (known != null) {
                    continues = known;
                    break;
                }
                walked.add(current);
                Integer previous = isListItem(current) ? clauses.lowerKey(current) : null;
                if (previous == null || tokens.get(clauses.get(previous)[0]).sentence() != sentence) {
                    continues = false;
                    break;
                }
                if (endsWithAPastCue(clauses.get(previous))) {
                    continues = true;
                    break;
                }
                current = previous;
            }
            boolean answer = continues;
            walked.forEach(c -> pastListed.put(c, answer));
            return answer;
        }

        private boolean endsWithAPastCue(int[] span) {
            for (int end = span[1] + 1; end > span[0]; end--) {
                if (pasts.endingAt(tokens, end, span[0]) != null) {
                    return true;
                }
            }
            return false;
        }

        private boolean isListItem(int clause) {
            int[] span = clauses.get(clause);
            if (ownWords(span) > LIST_ITEM_WORDS) {
                return false;
            }
            for (int start = span[0]; start <= span[1]; start++) {
                if (contrasts.startsAt(tokens, start, span[1] + 1)) {
                    return false;
                }
            }
            return true;
        }

        /** Words of tokens [span[0], span[1]] besides style words: "que son el tradicional" is a list item. */
        private int ownWords(int[] span) {
            int words = 0;
            for (int i = span[0]; i <= span[1]; i++) {
                words += styleWords[i] ? 0 : 1;
            }
            return words;
        }
    }
}
