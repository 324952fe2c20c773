package tad.serve;

import java.nio.charset.StandardCharsets;

/**
 * Writing untrusted text (scraped names, bios, alt texts) into HTML that the server builds itself: the profile's
 * first view. Everything that is not markup we wrote goes through here.
 */
final class HtmlText {
    private HtmlText() {
    }

    /**
     * Escapes text for an element's content or a double- or single-quoted attribute value: {@code & < > " '}. With
     * these five replaced, a value can neither end its attribute or element nor open a tag or a character reference.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON made safe as the content of a {@code <script type="application/json">}: the browser ends a script element
     * at the first {@code </script}, whatever JSON string it is in, and also treats {@code <!--} specially. Outside
     * strings JSON never contains {@code < > &}, so replacing every one by its {@code \\u} escape keeps the same JSON
     * value while no tag can be formed; U+2028/U+2029 are escaped too, so the text is also valid JavaScript should
     * anyone ever evaluate it.
     */
    static String scriptJson(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
