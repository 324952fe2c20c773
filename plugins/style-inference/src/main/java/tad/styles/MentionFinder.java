package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every style mention in one text: hashtags through the {@link HashtagResolver}, words through the phrase
 * table, longest phrase first, on word boundaries. A phrase never starts inside a hyphenated word and never crosses
 * a clause boundary or a hashtag. A style named beside the artist's own ({@link AsideCues}: "inspired by Japanese
 * prints", "I used to do realism") is not a mention, nor is a word that names no style in the text's language
 * ({@link TextLanguages}: "una manga completa").
 */
final class MentionFinder {

    /** The cue data every text is read with. */
    record Cues(NegationCues negation, AsideCues asides, StatementCues statements, TextLanguages languages) {
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
        AsideCues.Reader asides = cues.asides().reader(tokens);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            int length = token.hashtag() ? 1 : token.joinedByHyphen() ? 0 : longestPhraseAt(tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            List<Token> phrase = tokens.subList(i, i + length);
            String matched = String.join(" ", phrase.stream().map(Token::text).toList());
            if (!asides.aside(i, window) && (token.hashtag() || !language.notStyles().contains(matched))) {
                boolean negated = cues.negation().negates(tokens, i, i + length, window, language.notCues());
                boolean stated = cues.statements().stated(tokens, i);
                if (token.hashtag()) {
                    for (String style : hashtags.resolve(token.text())) {
                        mentions.add(new Mention(style, place, "#" + token.text(), negated, stated));
                    }
                } else {
                    mentions.add(new Mention(aliases.phrase(phrase).orElseThrow(), place, matched, negated, stated));
                }
            }
            i += length;
        }
        return mentions;
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
