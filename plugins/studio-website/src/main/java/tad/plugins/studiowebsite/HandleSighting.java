package tad.plugins.studiowebsite;

import java.util.Optional;

/**
 * One place an Instagram handle was seen on a page, and in what kind of context: the context is what later tells
 * the studio's own account apart from its artists.
 *
 * @param handle normalised handle
 * @param name   the name shown with it (card heading, link text, JSON-LD name), when there was one
 * @param where  the kind of context
 * @param page   the URL of the page
 */
public record HandleSighting(String handle, Optional<String> name, Where where, String page) {

    public enum Where {
        /** A profile link in the page content, typically an artist card or roster list. */
        CONTENT_LINK(true),
        /** An {@code @handle} in text with a name next to it. */
        NAMED_MENTION(true),
        /** A schema.org Person (on its own, or a business's employee/member/founder). */
        JSON_LD_PERSON(true),
        /** In the header, footer, navigation or a social-icons bar: site chrome. */
        SITE_CHROME(false),
        /** "Follow us", "our Instagram" and similar. */
        FOLLOW_US(false),
        /** The sameAs of a schema.org LocalBusiness/TattooParlor. */
        JSON_LD_BUSINESS(false),
        /** A credit: "site by @someone", "designed by", "réalisé par". The web designer, neither studio nor artist. */
        CREDIT(false);

        private final boolean artistEvidence;

        Where(boolean artistEvidence) {
            this.artistEvidence = artistEvidence;
        }

        public boolean artistEvidence() {
            return artistEvidence;
        }
    }
}
