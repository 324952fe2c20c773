package tad.styles;

/**
 * One place where a text names a style.
 *
 * @param style   the slug
 * @param place   where: "bio" or "caption N" (1-based, in post order), named after the source when the inferrer
 *                read several ("instagram bio", "studio-website specialisms")
 * @param matched what was written, normalised: "#neotrad", "black and grey"
 * @param negated whether a negation cue applies ("no realism")
 */
public record Mention(String style, String place, String matched, boolean negated) {

    /** The evidence form, e.g. "bio:#neotrad" or "caption 2:neo traditional". */
    public String where() {
        return place + ":" + matched;
    }

    /** A bio, or specialisms a studio names: the artist (or their studio) says it of them, not of one post. */
    public boolean inBio() {
        String kind = place.substring(place.lastIndexOf(' ') + 1);
        return kind.equals(StyleInferrer.BIO) || kind.equals(StyleInferrer.SPECIALISMS);
    }
}
