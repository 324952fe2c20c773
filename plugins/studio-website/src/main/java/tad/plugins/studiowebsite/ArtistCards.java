package tad.plugins.studiowebsite;

import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import tad.plugin.InstagramHandles;

/**
 * The block of a page that is about one artist: the largest element around the place their handle was seen that
 * holds no other artist's handle. On a roster page that is the artist's card (a column, a team-member widget, a
 * list item); on the artist's own page it grows to the page's content, and the readers leave the site's chrome out.
 * On a flat hand-written page it is the artist's heading and what follows it.
 */
final class ArtistCards {
    /** Deep enough for page builders (Elementor nests six levels between a column and its text). */
    private static final int MAX_LEVELS = 8;

    private ArtistCards() {
    }

    static Element card(Element anchor, String handle) {
        Element card = anchor;
        for (int level = 0; level < MAX_LEVELS && card.parent() != null; level++) {
            Element parent = card.parent();
            if (parent.normalName().equals("body") || parent.normalName().equals("html")
                    || holdsOtherHandles(parent, handle)) {
                break;
            }
            card = parent;
        }
        return card.select("h1, h2, h3, h4, h5, h6").isEmpty() ? headingSection(card, handle).orElse(card) : card;
    }

    /**
     * Hand-written pages put artists one after another with no element around each: a heading, then paragraphs and
     * pictures, then the next heading. The artist's block is then their heading and what follows it up to the next
     * heading, as a detached copy (addresses still resolve against the page).
     */
    private static Optional<Element> headingSection(Element block, String handle) {
        Element start = block;
        while (start != null && !isHeading(start)) {
            if (start != block && holdsOtherHandles(start, handle)) {
                return Optional.empty();
            }
            start = start.previousElementSibling();
        }
        if (start == null) {
            return Optional.empty();
        }
        Element section = new Element(Tag.valueOf("div"), block.baseUri());
        for (Element e = start; e != null && (e == start || !isHeading(e)); e = e.nextElementSibling()) {
            if (e != start && holdsOtherHandles(e, handle)) {
                break;
            }
            section.appendChild(e.clone());
        }
        return Optional.of(section);
    }

    private static boolean isHeading(Element element) {
        return element.normalName().matches("h[2-4]");
    }

    /** Whether the element links to or mentions an Instagram account other than {@code handle}. */
    static boolean holdsOtherHandles(Element element, String handle) {
        for (Element link : element.select("a[href]")) {
            Optional<String> other = InstagramHandles.fromUrl(link.attr("abs:href").isEmpty()
                    ? link.attr("href") : link.attr("abs:href"));
            if (other.isPresent() && !other.get().equals(handle)) {
                return true;
            }
        }
        return TextMentions.hasOtherMention(element.text(), handle);
    }
}
