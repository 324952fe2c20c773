package tad.styles;

/**
 * One place where a text names a style.
 *
 * @param style   the slug
 * @param place   where: "bio" or "caption N" (1-based, in post order), named after the source when the inferrer
 *                read several ("instagram bio", "studio-website specialisms")
 * @param matched what was written, normalised: "#neotrad", "black and grey"
 * @param negated whether a negation cue applies ("no realism")
 * @param stated  whether the artist states it of themselves where it stands ("my focus: realism" in a caption)
 * @param prose   whether it is a plain word in a prose sentence (a portrait's or interview's, not a bio line, a
 *                list or a hashtag)
 * @param sentence index of its sentence in its text
 */
public record Mention(String style, String place, String matched, boolean negated, boolean stated, boolean prose,
                      int sentence) {

    /** The evidence form, e.g. "bio:#neotrad" or "caption 2:neo traditional". */
    public String where() {
        return place + ":" + matched;
    }

    /**
     * A bio, specialisms a studio names, or a caption sentence in which the artist states what they do: said of the
     * artist, not of one post, so it weighs as a bio.
     */
    public boolean inBio() {
        String kind = place.substring(place.lastIndexOf(' ') + 1);
        return stated || kind.equals(StyleInferrer.BIO) || kind.equals(StyleInferrer.SPECIALISMS);
    }
}
