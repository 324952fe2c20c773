package tad.plugins.studiowebsite;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads e-mail addresses in the forms websites publish them: {@code mailto:} links (with their {@code ?subject=}
 * and percent-encoding), plain text, and Cloudflare's "email protection" form, which replaces each address with a
 * hex string whose first byte is the XOR key of the rest ({@code data-cfemail="..."} or
 * {@code /cdn-cgi/l/email-protection#...}). Anything that is not a plausible single address is refused.
 */
final class EmailAddresses {
    /** Dot-atom local part (RFC 5322 without quoted strings) and a host name with an alphabetic top-level label. */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    /** Where addresses sit in running text: no word character, dot or @ right before or after. */
    static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\w.@+-])[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,63}(?![\\w@-])");
    /** "logo@2x.png" and the like are file names, not addresses. */
    private static final Set<String> FILE_SUFFIXES = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif",
            "css", "js", "json", "html", "php");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

    private EmailAddresses() {
    }

    /** The address of a {@code mailto:} link: the first recipient, without its query. */
    static Optional<String> fromMailto(String href) {
        String text = href.strip();
        if (!text.regionMatches(true, 0, "mailto:", 0, 7)) {
            return Optional.empty();
        }
        String target = text.substring(7);
        int query = target.indexOf('?');
        target = query >= 0 ? target.substring(0, query) : target;
        try {
            target = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
        return check(target.split(",")[0]);
    }

    /** Decodes Cloudflare's protected form: hex pairs, the first the key every other byte is XOR-ed with. */
    static Optional<String> fromCloudflare(String hex) {
        String text = hex.strip();
        if (text.length() < 8 || text.length() % 2 != 0 || text.length() > 2 * (MAX_LENGTH + 1)) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException notHex) {
            return Optional.empty();
        }
        StringBuilder address = new StringBuilder(bytes.length - 1);
        for (int i = 1; i < bytes.length; i++) {
            address.append((char) ((bytes[i] ^ bytes[0]) & 0xff));
        }
        return check(address.toString());
    }

    /** The address if the text is exactly one plausible address, with its domain lower-cased. */
    static Optional<String> check(String candidate) {
        String text = candidate == null ? "" : candidate.strip();
        if (text.length() > MAX_LENGTH || !ADDRESS.matcher(text).matches()) {
            return Optional.empty();
        }
        int at = text.lastIndexOf('@');
        String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
        String suffix = domain.substring(domain.lastIndexOf('.') + 1);
        if (at > MAX_LOCAL_LENGTH || FILE_SUFFIXES.contains(suffix)) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, at) + "@" + domain);
    }
}
