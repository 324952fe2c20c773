package tad.styles;

import org.pf4j.Extension;
import tad.plugin.ArtistEvidence;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;

/**
 * The {@code style-inference} plugin's enricher: a thin wrapper that reads the thresholds from the plugin's config
 * section and runs {@link StyleInferrer} over what every source said: the Instagram bio and recent captions, the
 * studio website's bio and named specialisms, each mention kept with its source.
 */
@Extension
public final class StyleInferenceEnricher implements Enricher {

    private final StyleData data;

    /** PF4J's constructor: loads the bundled data files once per plugin load. */
    public StyleInferenceEnricher() {
        this(StyleData.bundled());
    }

    public StyleInferenceEnricher(StyleData data) {
        this.data = data;
    }

    @Override
    public Enrichment enrich(ArtistEvidence evidence, PluginContext context) {
        InferenceSettings settings = InferenceSettings.from(context.config());
        return new StyleInferrer(data, settings).infer(evidence).toEnrichment();
    }
}
