package tad.plugins.studiowebsite;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where on a page an element sits: in the site chrome (header, footer, navigation, which repeat on every page and
 * carry the studio's own account) or in a "follow us" call to action. "social" classes alone do not make chrome:
 * builders use them for the icon row inside each artist's card too.
 */
final class PageRegions {
    private static final Set<String> CHROME_TAGS = Set.of("header", "footer", "nav");
    private static final Set<String> CHROME_ROLES = Set.of("banner", "contentinfo", "navigation");
    private static final Set<String> CHROME_TOKENS = Set.of("header", "footer", "site-header", "site-footer",
            "main-header", "main-footer", "page-header", "page-footer", "global-header", "global-footer",
            "masthead", "colophon", "navbar", "nav", "site-nav", "main-nav", "menu", "topbar", "top-bar",
            "site-info", "copyright");
    private static final Pattern FOLLOW_US = Pattern.compile(
            "follow us|follow the studio|our instagram|studio'?s instagram|studio instagram|find us on|us on instagram"
                    + "|studio account|keep up with us|stay in touch");

    /** "Site by", "Website design by", "Réalisé par", "Webdesign von", "Powered by": whoever made the site. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\b(web ?site|site|web ?design|theme|template)( [\\p{L}&]+){0,3} by\\b|\\bpowered by\\b"
                    + "|(site|site web|site internet) (réalisé|conçu|créé) par|webdesign(er)? von|website von");

    private PageRegions() {
    }

    /** Whether the link or the short block around it credits who built the site. */
    static boolean inCredit(Element element) {
        return near(element, CREDIT);
    }

    static boolean inChrome(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            if (isChrome(current)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChrome(Element element) {
        if (CHROME_TAGS.contains(element.normalName())) {
            return true;
        }
        if (CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        // Elementor marks its header/footer templates this way rather than with <header>/<footer>.
        String elementorType = element.attr("data-elementor-type").toLowerCase(Locale.ROOT);
        if (elementorType.equals("header") || elementorType.equals("footer")) {
            return true;
        }
        for (String token : (element.className() + " " + element.id()).split("\\s+")) {
            String normal = token.toLowerCase(Locale.ROOT).replace('_', '-');
            if (CHROME_TOKENS.contains(normal) || normal.startsWith("site-header") || normal.startsWith("site-footer")
                    || normal.startsWith("header-") || normal.startsWith("footer-")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the link itself or the short block around it invites people to follow the studio. */
    static boolean inFollowUs(Element link) {
        return near(link, FOLLOW_US);
    }

    /** Whether the element's own text and labels, or a short block around it, say what the pattern looks for. */
    private static boolean near(Element link, Pattern pattern) {
        String own = (link.text() + " " + link.attr("title") + " " + link.attr("aria-label")).toLowerCase(Locale.ROOT);
        if (pattern.matcher(own).find()) {
            return true;
        }
        Element block = link.parent();
        for (int level = 0; block != null && level < 2; level++, block = block.parent()) {
            String text = block.text();
            if (text.length() > 200) {
                break;
            }
            if (pattern.matcher(text.toLowerCase(Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }
}
