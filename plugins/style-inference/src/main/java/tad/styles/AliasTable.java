package tad.styles;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Phrases that name a style ({@code aliases.txt}) and tags that name one only as hashtags
 * ({@code hashtag-aliases.txt}). Phrases are stored as normalised word sequences; their hashtag form is the same
 * words glued together ("black and grey" → "blackandgrey").
 */
public final class AliasTable {

    private final Map<String, Set<String>> phrases;   // "neo trad" -> {neo-traditional}
    private final Map<String, Set<String>> hashtags;  // "neotrad" -> {neo-traditional}
    private final int longestPhrase;

    AliasTable(Map<String, Set<String>> phrases, Map<String, Set<String>> hashtags) {
        this.phrases = Map.copyOf(phrases);
        this.hashtags = Map.copyOf(hashtags);
        this.longestPhrase = phrases.keySet().stream().mapToInt(p -> p.split(" ").length).max().orElse(1);
    }

    static AliasTable from(DataFile textAndHashtag, DataFile hashtagOnly, StyleTaxonomy taxonomy) {
        Map<String, Set<String>> phrases = new HashMap<>();
        Map<String, Set<String>> hashtags = new HashMap<>();
        for (DataFile.Entry entry : textAndHashtag.entries()) {
            Set<String> slugs = slugs(entry, textAndHashtag, taxonomy);
            String phrase = phraseOf(entry.key());
            phrases.merge(phrase, slugs, AliasTable::union);
            hashtags.merge(phrase.replace(" ", ""), slugs, AliasTable::union);
        }
        for (DataFile.Entry entry : hashtagOnly.entries()) {
            hashtags.merge(phraseOf(entry.key()).replace(" ", ""), slugs(entry, hashtagOnly, taxonomy),
                    AliasTable::union);
        }
        return new AliasTable(phrases, hashtags);
    }

    /** The slugs a word sequence names, when it is a known phrase. */
    Optional<Set<String>> phrase(List<Token> words) {
        return Optional.ofNullable(phrases.get(words.stream().map(Token::text).collect(Collectors.joining(" "))));
    }

    /** The slugs a hashtag key (lowercase, no '#', no '_') names exactly, when known. */
    Optional<Set<String>> hashtag(String key) {
        return Optional.ofNullable(hashtags.get(key));
    }

    int longestPhrase() {
        return longestPhrase;
    }

    Set<String> phrases() {
        return phrases.keySet();
    }

    Set<String> hashtagKeys() {
        return hashtags.keySet();
    }

    private static String phraseOf(String key) {
        return Tokenizer.tokenize(key).stream().map(Token::text).collect(Collectors.joining(" "));
    }

    private static Set<String> slugs(DataFile.Entry entry, DataFile file, StyleTaxonomy taxonomy) {
        Set<String> slugs = Arrays.stream(entry.value().split(","))
                .map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String slug : slugs) {
            if (!taxonomy.contains(slug)) {
                throw new IllegalStateException(file.name() + ":" + entry.line() + ": '" + slug
                        + "' is not a slug of taxonomy.txt");
            }
        }
        return Set.copyOf(slugs);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
