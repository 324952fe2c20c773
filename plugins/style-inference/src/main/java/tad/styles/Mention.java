package tad.styles;

/**
 * One place where a text names a style.
 *
 * @param style   the slug
 * @param place   where: "bio" or "caption N" (1-based, in post order)
 * @param matched what was written, normalised: "#neotrad", "black and grey"
 * @param negated whether a negation cue applies ("no realism")
 */
public record Mention(String style, String place, String matched, boolean negated) {

    /** The evidence form, e.g. "bio:#neotrad" or "caption 2:neo traditional". */
    public String where() {
        return place + ":" + matched;
    }

    public boolean inBio() {
        return place.equals(StyleInferrer.BIO);
    }
}
