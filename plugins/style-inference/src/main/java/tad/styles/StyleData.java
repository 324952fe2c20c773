package tad.styles;

/**
 * Everything the inference knows, loaded from the data files bundled under {@code /tad/styles/}. Immutable and
 * shareable between threads; load it once.
 */
public final class StyleData {

    private final StyleTaxonomy taxonomy;
    private final AliasTable aliases;
    private final StopList stopList;
    private final HashtagResolver hashtags;
    private final NegationCues negation;

    private StyleData(StyleTaxonomy taxonomy, AliasTable aliases, StopList stopList, HashtagResolver hashtags,
                      NegationCues negation) {
        this.taxonomy = taxonomy;
        this.aliases = aliases;
        this.stopList = stopList;
        this.hashtags = hashtags;
        this.negation = negation;
    }

    /** Loads the bundled data files; fails naming the file and line when one is malformed. */
    public static StyleData bundled() {
        StyleTaxonomy taxonomy = StyleTaxonomy.from(DataFile.resource("taxonomy.txt"));
        AliasTable aliases = AliasTable.from(DataFile.resource("aliases.txt"),
                DataFile.resource("hashtag-aliases.txt"), taxonomy);
        StopList stopList = StopList.from(DataFile.resource("stop-list.txt"));
        HashtagResolver hashtags = new HashtagResolver(aliases, stopList,
                DataFile.resource("hashtag-suffixes.txt").lines());
        NegationCues negation = NegationCues.from(DataFile.resource("negation.txt"));
        return new StyleData(taxonomy, aliases, stopList, hashtags, negation);
    }

    public StyleTaxonomy taxonomy() {
        return taxonomy;
    }

    public StopList stopList() {
        return stopList;
    }

    AliasTable aliases() {
        return aliases;
    }

    HashtagResolver hashtags() {
        return hashtags;
    }

    NegationCues negation() {
        return negation;
    }
}
