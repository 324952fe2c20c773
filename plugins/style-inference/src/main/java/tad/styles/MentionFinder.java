package tad.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds every style mention in one text: hashtags through the {@link HashtagResolver}, words through the phrase
 * table, longest phrase first, on word boundaries. A phrase never starts inside a hyphenated word and never crosses
 * a clause boundary or a hashtag. A style named as an influence ("inspired by Japanese prints") is not a mention.
 */
final class MentionFinder {

    private final AliasTable aliases;
    private final HashtagResolver hashtags;
    private final NegationCues negation;
    private final StatementCues statements;
    private final int negationWindow;

    MentionFinder(AliasTable aliases, HashtagResolver hashtags, NegationCues negation, StatementCues statements,
                  int negationWindow) {
        this.aliases = aliases;
        this.hashtags = hashtags;
        this.negation = negation;
        this.statements = statements;
        this.negationWindow = negationWindow;
    }

    List<Mention> find(String text, String place) {
        List<Token> tokens = Tokenizer.tokenize(text == null ? "" : text);
        NegationCues.Reader cues = negation.reader(tokens);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.hashtag()) {
                if (cues.influenced(i, negationWindow)) {
                    i++;
                    continue;
                }
                boolean negated = cues.negates(i, i + 1, negationWindow);
                boolean stated = statements.stated(tokens, i);
                for (String style : hashtags.resolve(token.text())) {
                    mentions.add(new Mention(style, place, "#" + token.text(), negated, stated));
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
            if (cues.influenced(i, negationWindow)) {
                i += length;
                continue;
            }
            boolean negated = cues.negates(i, i + length, negationWindow);
            String matched = String.join(" ", phrase.stream().map(Token::text).toList());
            mentions.add(new Mention(aliases.phrase(phrase).orElseThrow(), place, matched, negated,
                    statements.stated(tokens, i)));
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
