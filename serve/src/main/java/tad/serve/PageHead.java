package tad.serve;

import static tad.serve.HtmlText.escape;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a server-written page says about itself in its {@code <head>}, for search engines and link previews: the
 * title, the meta description, the canonical URL, Open Graph tags and schema.org structured data (JSON-LD).
 *
 * <p>The web app's static pages carry a generic title; the server replaces it and adds the rest for the page's own
 * data. The app does not render a description on the pages the server fills (see {@code app/layout.tsx}), so React
 * does not add a second one when it hydrates the head; it does reset the title to the static one while hydrating, and
 * then sets the same title as here ({@code web/src/lib/pageTitles.ts}).
 *
 * @param openGraph property to content, in order (og:title, og:type, ...)
 * @param jsonLd    the structured data, a JSON-LD object (maps, lists and strings), or null for none
 */
record PageHead(String title, String description, String canonical, Map<String, String> openGraph, Object jsonLd) {
    static final String SITE_NAME = "Tattoo Artist Directory";
    private static final Pattern TITLE = Pattern.compile("<title>[^<]*</title>");
    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"[^\"]*\"/?>");
    private static final String HEAD_END = "</head>";

    /** The page with this head; unchanged when it has no {@code </head>} (not a page of the web app's build). */
    String applyTo(String page) {
        int headEnd = page.indexOf(HEAD_END);
        if (headEnd < 0) {
            return page;
        }
        String head = page.substring(0, headEnd);
        String titleTag = "<title>" + escape(title) + "</title>";
        String descriptionTag = "<meta name=\"description\" content=\"" + escape(description) + "\"/>";
        StringBuilder added = new StringBuilder(2048);
        head = replaceFirstOrAdd(head, TITLE, titleTag, added);
        head = replaceFirstOrAdd(head, DESCRIPTION, descriptionTag, added);
        added.append("<link rel=\"canonical\" href=\"").append(escape(canonical)).append("\"/>");
        openGraph.forEach((property, content) -> added.append("<meta property=\"").append(escape(property))
                .append("\" content=\"").append(escape(content)).append("\"/>"));
        if (jsonLd != null) {
            added.append("<script type=\"application/ld+json\">").append(HtmlText.scriptJson(Json.bytes(jsonLd)))
                    .append("</script>");
        }
        return head + added + page.substring(headEnd);
    }

    private static String replaceFirstOrAdd(String head, Pattern pattern, String tag, StringBuilder added) {
        Matcher matcher = pattern.matcher(head);
        if (matcher.find()) {
            return head.substring(0, matcher.start()) + tag + head.substring(matcher.end());
        }
        added.append(tag);
        return head;
    }

    /** A text cut to at most {@code max} characters at a word boundary, with an ellipsis when cut. */
    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
