package tad.styles;

import java.util.List;

/**
 * Everything the inference knows, loaded from the data files bundled under {@code /tad/styles/}. Immutable and
 * shareable between threads; load it once.
 */
public final class StyleData {

    /** The style names in English, then in the languages of the studios of the UK and Europe. */
    static final List<String> ALIAS_FILES = List.of("aliases.txt", "aliases-de.txt", "aliases-fr.txt",
            "aliases-es.txt", "aliases-it.txt", "aliases-pl.txt", "aliases-pt.txt");

    private final StyleTaxonomy taxonomy;
    private final AliasTable aliases;
    private final StopList stopList;
    private final HashtagResolver hashtags;
    private final MentionFinder.Cues cues;

    private StyleData(StyleTaxonomy taxonomy, AliasTable aliases, StopList stopList, HashtagResolver hashtags,
                      MentionFinder.Cues cues) {
        this.taxonomy = taxonomy;
        this.aliases = aliases;
        this.stopList = stopList;
        this.hashtags = hashtags;
        this.cues = cues;
    }

    /** Loads the bundled data files; fails naming the file and line when one is malformed. */
    public static StyleData bundled() {
        StyleTaxonomy taxonomy = StyleTaxonomy.from(DataFile.resource("taxonomy.txt"));
        StopList stopList = StopList.from(DataFile.resource("stop-list.txt"));
        AliasTable aliases = Vocabulary.build(ALIAS_FILES.stream().map(DataFile::resource).toList(),
                DataFile.resource("hashtag-aliases.txt"), DataFile.resource("spelling-variants.txt"),
                DataFile.resource("style-nouns.txt"), taxonomy, stopList);
        HashtagResolver hashtags = new HashtagResolver(aliases, stopList,
                DataFile.resource("hashtag-suffixes.txt").lines());
        MentionFinder.Cues cues = new MentionFinder.Cues(NegationCues.from(DataFile.resource("negation.txt")),
                AsideCues.from(DataFile.resource("aside-cues.txt")),
                StatementCues.from(DataFile.resource("statement-cues.txt")),
                TextLanguages.from(DataFile.resource("languages.txt")),
                ProseCues.from(DataFile.resource("prose-cues.txt")));
        return new StyleData(taxonomy, aliases, stopList, hashtags, cues);
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

    MentionFinder.Cues cues() {
        return cues;
    }
}
