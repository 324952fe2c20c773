package tad.plugin;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Instagram's handle rules, shared by every component that reads handles (sources, the denylist, the API):
 * letters, digits, '.' and '_', at most 30 characters, compared case-insensitively, so stored lowercase.
 */
public final class InstagramHandles {
    private static final Pattern VALID = Pattern.compile("[a-z0-9._]{1,30}");
    private static final Set<String> INSTAGRAM_HOSTS =
            Set.of("instagram.com", "www.instagram.com", "m.instagram.com", "instagr.am", "www.instagr.am");
    /** First path segments that are Instagram features, not profiles. */
    private static final Set<String> RESERVED = Set.of(
            "p", "reel", "reels", "tv", "explore", "stories", "accounts", "direct", "about", "developer", "legal",
            "privacy", "terms", "web", "emails", "challenge", "session", "oauth", "api", "graphql", "s", "tags",
            "locations", "static", "ar", "press", "help", "nametag", "invites");

    private InstagramHandles() {
    }

    /**
     * Normalises a handle ({@code @Some.Artist}, {@code some.artist}) or an Instagram profile URL in any of its
     * real-world forms to the lowercase handle; empty when the input is not a valid handle or profile URL.
     */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("instagram.com") || lower.contains("instagr.am")) {
            return fromUrl(text);
        }
        String handle = lower.startsWith("@") ? lower.substring(1) : lower;
        return isValid(handle) ? Optional.of(handle) : Optional.empty();
    }

    /** The handle of an Instagram profile URL; empty for posts, reels, tags, explore and other non-profile URLs. */
    public static Optional<String> fromUrl(String url) {
        String text = url.strip();
        if (!text.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            text = "https://" + text.replaceFirst("^//", "");
        }
        URI uri;
        try {
            uri = new URI(text.replace(" ", "%20"));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || !INSTAGRAM_HOSTS.contains(host)) {
            return Optional.empty();
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String[] segments = path.split("/");
        String first = "";
        int count = 0;
        for (String segment : segments) {
            if (!segment.isEmpty()) {
                if (count == 0) {
                    first = segment;
                }
                count++;
            }
        }
        if (count != 1) {
            return Optional.empty();
        }
        String handle = first.toLowerCase(Locale.ROOT);
        if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        if (RESERVED.contains(handle) || !isValid(handle)) {
            return Optional.empty();
        }
        return Optional.of(handle);
    }

    public static boolean isValid(String handle) {
        return handle != null && VALID.matcher(handle).matches() && !handle.startsWith(".") && !handle.endsWith(".")
                && !handle.contains("..");
    }

    public static URI profileUrl(String handle) {
        return URI.create("https://www.instagram.com/" + handle + "/");
    }
}
