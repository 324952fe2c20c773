package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every style mention in one text: hashtags through the {@link HashtagResolver}, words through the phrase
 * table, longest phrase first, on word boundaries. A phrase never starts inside a hyphenated word and never crosses
 * a clause boundary or a hashtag.
 */
final class MentionFinder {

    private final AliasTable aliases;
    private final HashtagResolver hashtags;
    private final NegationCues negation;
    private final int negationWindow;

    MentionFinder(AliasTable aliases, HashtagResolver hashtags, NegationCues negation, int negationWindow) {
        this.aliases = aliases;
        this.hashtags = hashtags;
        this.negation = negation;
        this.negationWindow = negationWindow;
    }

    List<Mention> find(String text, String place) {
        List<Token> tokens = Tokenizer.tokenize(text == null ? "" : text);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.hashtag()) {
                boolean negated = negation.negates(tokens, i, i + 1, negationWindow);
                for (String style : hashtags.resolve(token.text())) {
                    mentions.add(new Mention(style, place, "#" + token.text(), negated));
                }
                i++;
                continue;
            }
            int length = token.joinedByHyphen() ? 0 : longestPhraseAt(tokens, i);
            if (length == 0) {
                i++;
                continue;
            }
            List<Token> phrase = tokens.subList(i, i + length);
            boolean negated = negation.negates(tokens, i, i + length, negationWindow);
            String matched = String.join(" ", phrase.stream().map(Token::text).toList());
            mentions.add(new Mention(aliases.phrase(phrase).orElseThrow(), place, matched, negated));
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
