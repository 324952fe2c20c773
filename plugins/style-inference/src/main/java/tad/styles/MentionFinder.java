package tad.styles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every style mention in one text: hashtags through the {@link HashtagResolver}, words through the phrase
 * table, longest phrase first, on word boundaries. A phrase never starts inside a hyphenated word and never crosses
 * a clause boundary or a hashtag. A style named beside the artist's own ({@link AsideCues}: "inspired by Japanese
 * prints", "I used to do realism") is not a mention, nor is a word that names no style in the text's language
 * ({@link TextLanguages}: "una manga completa"). In running prose ({@link ProseCues}) every sentence is read as
 * prose, and a sentence about trends, a style's history, the artist's own tattoos or a refusal names no mention.
 */
final class MentionFinder {

    /** The cue data every text is read with. */
    record Cues(NegationCues negation, AsideCues asides, StatementCues statements, TextLanguages languages,
                ProseCues prose) {

        Cues {
            // a contrast word of a language no text is ever read in would never count
            Set<String> unread = new HashSet<>(asides.contrastLanguages());
            unread.removeAll(languages.covered());
            if (!unread.isEmpty()) {
                throw new IllegalStateException("aside-cues.txt: contrast words of " + unread
                        + " but no marker words for them in languages.txt");
            }
        }
    }

    /** A style phrase, or a hashtag naming a style, at tokens [start, start + length). */
    private record Candidate(int start, int length) {
    }

    private final AliasTable aliases;
    private final HashtagResolver hashtags;
    private final Cues cues;
    private final int window;

    /** @param window how many words before a mention a negation or aside cue may stand */
    MentionFinder(AliasTable aliases, HashtagResolver hashtags, Cues cues, int window) {
        this.aliases = aliases;
        this.hashtags = hashtags;
        this.cues = cues;
        this.window = window;
    }

    List<Mention> find(String text, String place) {
        List<Token> tokens = Tokenizer.tokenize(text == null ? "" : text);
        TextLanguages.Reading language = cues.languages().read(tokens);
        List<Candidate> candidates = candidates(tokens);
        boolean[] styleWords = new boolean[tokens.size()];
        candidates.forEach(c -> Arrays.fill(styleWords, c.start(), c.start() + c.length(), true));
        boolean runningProse = ProseCues.runningProse(tokens);
        AsideCues.Reader asides = cues.asides().reader(tokens, styleWords, runningProse,
                language.languages());
        StatementCues.Reader statements = cues.statements().reader(tokens);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate candidate : candidates) {
            int start = candidate.start();
            int end = start + candidate.length();
            Token token = tokens.get(start);
            List<Token> phrase = tokens.subList(start, end);
            String matched = String.join(" ", phrase.stream().map(Token::text).toList());
            boolean proseAside = runningProse && !token.hashtag()
                    && cues.prose().inSentenceOf(tokens, start, end, asides.contrasts());
            if (asides.aside(start, end, window) || !token.hashtag() && language.notStyles().contains(matched)
                    || proseAside) {
                continue;
            }
            boolean negated = cues.negation().negates(tokens, start, end, window, language.notCues());
            boolean stated = statements.stated(start);
            if (token.hashtag()) {
                for (String style : hashtags.resolve(token.text())) {
                    mentions.add(new Mention(style, place, "#" + token.text(), negated, stated, false,
                            token.sentence()));
                }
            } else {
                mentions.add(new Mention(aliases.phrase(phrase).orElseThrow(), place, matched, negated, stated,
                        asides.prose(start), token.sentence()));
            }
        }
        return mentions;
    }

    /** Every style phrase (longest first, never starting inside a hyphenated word) and every style hashtag. */
    private List<Candidate> candidates(List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int length = token.hashtag() ? (hashtags.resolve(token.text()).isEmpty() ? 0 : 1)
                    : token.joinedByHyphen() ? 0 : longestPhraseAt(tokens, i);
            if (length == 0) {
                i++;
            } else {
                candidates.add(new Candidate(i, length));
                i += length;
            }
        }
        return candidates;
    }

    /** Token count of the longest known phrase starting at {@code start}, or 0. */
    private int longestPhraseAt(List<Token> tokens, int start) {
        int clause = tokens.get(start).clause();
        int limit = Math.min(aliases.longestPhrase(), tokens.size() - start);
        for (int length = limit; length >= 1; length--) {
            List<Token> candidate = tokens.subList(start, start + length);
            boolean plainWordsOfOneClause = candidate.stream().allMatch(t -> !t.hashtag() && t.clause() == clause);
            Optional<String> style = plainWordsOfOneClause ? aliases.phrase(candidate) : Optional.empty();
            if (style.isPresent()) {
                return length;
            }
        }
        return 0;
    }
}
