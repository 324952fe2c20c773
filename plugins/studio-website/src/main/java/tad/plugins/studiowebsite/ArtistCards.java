package tad.plugins.studiowebsite;

import java.util.Optional;
import org.jsoup.nodes.Element;
import tad.plugin.InstagramHandles;

/**
 * The block of a page that is about one artist: the largest element around the place their handle was seen that
 * holds no other artist's handle. On a roster page that is the artist's card (a column, a team-member widget, a
 * list item); on the artist's own page it grows to the page's content, and the readers leave the site's chrome out.
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
        return card;
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
