package tad.serve;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the browser's {@code URLSearchParams}, {@code String.prototype.trim} and number formatting do, for the server
 * to read a page address exactly as the web app reads it ({@link PageSearch}). The web app decides which results a
 * page shows; the server only writes them in advance, so it must read the same address the same way.
 */
final class BrowserForms {
    private BrowserForms() {
    }

    /** {@code new URLSearchParams(query)}: name/value pairs in order (WHATWG URL, application/x-www-form-urlencoded). */
    static List<Map.Entry<String, String>> parse(String query) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        String text = query.startsWith("?") ? query.substring(1) : query;
        for (String sequence : text.split("&", -1)) {
            if (sequence.isEmpty()) {
                continue;
            }
            int eq = sequence.indexOf('=');
            String name = eq < 0 ? sequence : sequence.substring(0, eq);
            String value = eq < 0 ? "" : sequence.substring(eq + 1);
            pairs.add(Map.entry(decode(name), decode(value)));
        }
        return pairs;
    }

    /** {@code '+'} is a space; {@code %XX} is a byte (a malformed escape stays as it is); bytes are read as UTF-8. */
    private static String decode(String text) {
        byte[] raw = text.replace('+', ' ').getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(raw.length);
        for (int i = 0; i < raw.length; i++) {
            int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (raw[i] == '%' && high >= 0 && low >= 0) {
                out.put((byte) (high * 16 + low));
                i += 2;
            } else {
                out.put(raw[i]);
            }
        }
        // invalid UTF-8 becomes U+FFFD, as the browser's decoder without BOM or fatal flag does
        return new String(out.array(), 0, out.position(), StandardCharsets.UTF_8);
    }

    /** {@code URLSearchParams.toString()}: the same set of characters left as they are, space as {@code '+'}. */
    static String serialize(List<Map.Entry<String, String>> pairs) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** {@code String.prototype.trim()}: JavaScript's white space and line terminators, which Java's strip() differs from. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isJsSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0 || c == 0xFEFF
                || c == 0x2028 || c == 0x2029 || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * {@code Number(text)} for a decimal number, or NaN: surrounding white space is allowed, an empty text is 0; hex,
     * binary and octal forms and Java's own suffixes ({@code 1d}) are treated as not a number (the page never writes
     * them, so disagreeing there only costs the first view).
     */
    static double number(String text) {
        String t = trim(text);
        if (t.isEmpty()) {
            return 0;
        }
        if (!t.matches("[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)")) {
            return Double.NaN;
        }
        return t.endsWith("Infinity") ? (t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                : Double.parseDouble(t);
    }

    /** {@code Number(n.toFixed(digits)).toString()}: the page's rounding of coordinates (|n| below 1e21). */
    static String fixed(double n, int digits) {
        BigDecimal rounded = new BigDecimal(n).setScale(digits, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /**
     * {@code String(n)} for a finite number: the shortest digits that read back as {@code n} (Java's toString finds
     * the same ones), written plain from 1e-6 up to 1e21 and with an exponent outside that, as JavaScript does.
     */
    static String string(double n) {
        if (n == 0) {
            return "0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(n)).stripTrailingZeros();
        double magnitude = Math.abs(n);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return shortest.toPlainString();
        }
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (n < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
