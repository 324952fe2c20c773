package tad.styles;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrases that name a style and tags that name one, each naming exactly one slug; built by {@link Vocabulary} from
 * the alias files. Phrases are stored as normalised word sequences; their hashtag form is the same words glued
 * together ("black and grey" → "blackandgrey").
 */
public final class AliasTable {

    private final Map<String, String> phrases;   // "neo trad" -> neo-traditional
    private final Map<String, String> hashtags;  // "neotrad" -> neo-traditional
    private final int longestPhrase;

    AliasTable(Map<String, String> phrases, Map<String, String> hashtags) {
        this.phrases = Map.copyOf(phrases);
        this.hashtags = Map.copyOf(hashtags);
        this.longestPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    }

    /** The slug a word sequence names, when it is a known phrase. */
    Optional<String> phrase(List<Token> words) {
        return Optional.ofNullable(phrases.get(words.stream().map(Token::text).collect(Collectors.joining(" "))));
    }

    /** The slug a hashtag key (lowercase, no '#', no '_') names exactly, when known. */
    Optional<String> hashtag(String key) {
        return Optional.ofNullable(hashtags.get(key));
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** Every phrase read in running text, with its slug. */
    Map<String, String> phrases() {
        return phrases;
    }

    Set<String> hashtagKeys() {
        return hashtags.keySet();
    }
}
