package tad.core.logging;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safety net behind {@link Pii}: masks personal data that reached a log line in clear, by pattern. It catches
 * email addresses, Instagram profile URLs ({@code instagram.com/handle}), handle query parameters
 * ({@code web_profile_info/?username=handle}) and {@code @mentions}. Names cannot be found by pattern; callers wrap
 * them with {@link Pii#name(String)}.
 *
 * <p>It runs on every log line, so the patterns are compiled once, and lines that cannot contain any of the forms
 * (no '@', no '=', no "instagram") are returned as they are without running a regex.
 */
public final class PiiMasker {

    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    /** instagram.com/{segment}, optionally behind stories/; group 1 keeps the host part, group 2 the handle. */
    private static final Pattern INSTAGRAM_PATH = Pattern.compile(
            "(?i)(instagram\\.com/(?:stories/)?)([A-Za-z0-9._]{1,30})(?![A-Za-z0-9._])");
    private static final Pattern HANDLE_PARAMETER = Pattern.compile(
            "(?i)([?&](?:username|user|handle|user_name|screen_name)=)([^&#\\s\"'<>]+)");
    /** '@' not preceded by anything that could belong to an email's local part. */
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._%+-])@([A-Za-z0-9._]{1,30})");
    /** Instagram paths that are not profiles; their next segment is a shortcode or a route, not a person. */
    private static final Set<String> NOT_PROFILES = Set.of("p", "reel", "reels", "tv", "api", "accounts",
            "explore", "graphql", "static", "direct", "about", "legal", "developer", "web");

    private PiiMasker() {
    }

    /** The line with every email, Instagram profile URL, handle parameter and mention masked. */
    public static String mask(String line) {
        if (line == null || !mayContainPii(line)) {
            return line;
        }
        String masked = replace(EMAIL, line, m -> Pii.mask(m.group().toLowerCase(Locale.ROOT)));
        masked = replace(INSTAGRAM_PATH, masked, m -> isProfile(m.group(2)) ? m.group(1) + maskHandle(m.group(2))
                : m.group());
        masked = replace(HANDLE_PARAMETER, masked, m -> m.group(1) + maskHandle(m.group(2)));
        return replace(MENTION, masked, m -> "@" + maskHandle(m.group(1)));
    }

    private static boolean mayContainPii(String line) {
        return line.indexOf('@') >= 0 || line.indexOf('=') >= 0 || containsIgnoreCase(line, "instagram");
    }

    /** Same form as {@link Pii#handle(String)} gives, so a handle masks identically either way. */
    private static String maskHandle(String handle) {
        return Pii.mask(handle.toLowerCase(Locale.ROOT));
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> with) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(with.apply(matcher)));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean isProfile(String segment) {
        return !NOT_PROFILES.contains(segment.toLowerCase(Locale.ROOT));
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int at = 0; at + word.length() <= text.length(); at++) {
            if (text.regionMatches(true, at, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
