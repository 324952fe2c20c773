package tad.core.search;

import java.util.List;

/**
 * How the RELEVANCE score is built. Every component is a constant-score clause with a whole-number weight, so a score
 * is an exact sum that Lucene and OpenSearch compute identically (BM25 statistics differ between an embedded index
 * and a sharded one; fixed weights do not), and equal scores fall back to artistId order.
 *
 * <p>Per query word, summed over the words: each text field where the word matches after English stemming adds that
 * field's weight; a prefix match anywhere adds {@link #PREFIX}; a match within {@link QueryWord#maxEdits()} typos
 * anywhere adds {@link #FUZZY}. Every query word must match somehow. Each selected style the artist has adds
 * {@link #STYLE}.
 */
public final class Relevance {
    public static final int PREFIX = 2;
    public static final int FUZZY = 1;
    public static final int STYLE = 6;

    /** The text fields, under the names both adapters use, and their exact-match weights. */
    public enum TextField {
        NAME("name", 8),
        HANDLE("handle", 8),
        STYLE_LABELS("styleLabels", 4),
        STUDIO("studio", 4),
        BIO("bio", 2);

        public final String field;
        public final int weight;

        TextField(String field, int weight) {
            this.field = field;
            this.weight = weight;
        }

        /** This field's normalised text in {@code doc}. */
        public String textOf(ArtistDocument doc) {
            return switch (this) {
                case NAME -> SearchText.normalized(doc.name());
                case HANDLE -> SearchText.handle(doc.instagramHandle());
                case STYLE_LABELS -> SearchText.normalized(doc.styleLabels());
                case STUDIO -> SearchText.normalized(doc.studioNames());
                case BIO -> SearchText.normalized(doc.bio());
            };
        }
    }

    /** Name of the field holding all text fields unstemmed, which prefix and typo matching use. */
    public static final String ALL_TEXT = "allText";

    /** All text fields of {@code doc} together, unstemmed. */
    public static String allTextOf(ArtistDocument doc) {
        return String.join(" ", List.of(TextField.values()).stream().map(f -> f.textOf(doc)).filter(s -> !s.isEmpty()).toList());
    }

    private Relevance() {}
}
