package tad.styles;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one hashtag to style slugs. Artists glue words onto style tags (#blackworktattoo, #leedsblackwork,
 * #bngrealism), so after an exact alias lookup it tries, in order: dropping a known ending ({@code
 * hashtag-suffixes.txt}), then splitting the tag in two where both halves are known — two styles, or a style and a
 * stop-listed word such as a place or a placement.
 */
final class HashtagResolver {

    private static final int MIN_PART = 2;
    private static final int MIN_STEM = 3;

    private final AliasTable aliases;
    private final StopList stopList;
    private final List<String> suffixes;

    HashtagResolver(AliasTable aliases, StopList stopList, List<String> suffixes) {
        this.aliases = aliases;
        this.stopList = stopList;
        this.suffixes = suffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Slugs named by a hashtag body (no '#'); empty when it names no style. */
    Set<String> resolve(String body) {
        String key = Tokenizer.normalise(body).replace("_", "").replace(" ", "");
        Optional<String> whole = withoutSuffix(key);
        if (whole.isPresent()) {
            return Set.of(whole.get());
        }
        return split(key);
    }

    private Optional<String> withoutSuffix(String key) {
        Optional<String> exact = aliases.hashtag(key);
        if (exact.isPresent()) {
            return exact;
        }
        for (String suffix : suffixes) {
            if (key.endsWith(suffix) && key.length() - suffix.length() >= MIN_STEM) {
                Optional<String> stem = aliases.hashtag(key.substring(0, key.length() - suffix.length()));
                if (stem.isPresent()) {
                    return stem;
                }
            }
        }
        return Optional.empty();
    }

    private Set<String> split(String key) {
        for (int cut = MIN_PART; cut <= key.length() - MIN_PART; cut++) {
            String left = key.substring(0, cut);
            String right = key.substring(cut);
            Optional<String> leftStyle = aliases.hashtag(left);
            Optional<String> rightStyle = withoutSuffix(right);
            if (leftStyle.isPresent() && rightStyle.isPresent()) {
                return new LinkedHashSet<>(List.of(leftStyle.get(), rightStyle.get()));
            }
            if (leftStyle.isPresent() && isStopWord(right)) {
                return Set.of(leftStyle.get());
            }
            if (rightStyle.isPresent() && isStopWord(left)) {
                return Set.of(rightStyle.get());
            }
        }
        return Set.of();
    }

    private boolean isStopWord(String part) {
        return stopList.contains(part) || suffixes.contains(part);
    }
}
