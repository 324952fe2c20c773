package tad.styles;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule exactly as SRS FR-AGG-07 to FR-AGG-09 words it: every hashtag of the bio, lowercased, without the '#',
 * minus the stop list. Its output is kept as {@code Enrichment.hashtags} for transparency and is the baseline the
 * evaluation compares the inference against.
 */
public final class LiteralHashtagRule {

    // '#' then letters, digits or '_' — so glued tags ("#blackwork#dotwork") come apart at the next '#'
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}_]+)");

    private final StopList stopList;

    public LiteralHashtagRule(StopList stopList) {
        this.stopList = stopList;
    }

    /** Cleaned hashtags in order of first appearance, duplicates dropped. */
    public Set<String> apply(String bio) {
        Set<String> cleaned = new LinkedHashSet<>();
        Matcher m = HASHTAG.matcher(bio == null ? "" : bio);
        while (m.find()) {
            String tag = m.group(1).toLowerCase(Locale.ROOT);
            if (!stopList.contains(tag)) {
                cleaned.add(tag);
            }
        }
        return cleaned;
    }
}
