package tad.availability;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pf4j.Extension;
import tad.plugin.ArtistProfile;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.RemoteImage;

/**
 * The {@code availability} plugin's enricher: books open or closed, flash and guest spots from the bio (dated the
 * day it is read) and the recent captions (dated by their posts). A caption without a post date is left out: a
 * statement whose day is unknown cannot expire.
 */
@Extension
public final class AvailabilityEnricher implements Enricher {

    private final Cues cues;

    /** PF4J's constructor: loads the bundled cues once per plugin load. */
    public AvailabilityEnricher() {
        this.cues = Cues.bundled();
    }

    @Override
    public Enrichment enrich(ArtistProfile profile, PluginContext context) {
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        AvailabilityInferrer inferrer = new AvailabilityInferrer(cues, AvailabilitySettings.from(context.config()));
        return new Enrichment(Set.of(), Set.of(), List.of(), inferrer.infer(texts(profile, today), today));
    }

    static List<DatedText> texts(ArtistProfile profile, LocalDate today) {
        List<DatedText> texts = new ArrayList<>();
        texts.add(new DatedText(profile.biography(), "bio", today));
        // a carousel repeats its caption on every image: one text per caption, dated by its first post
        Map<String, LocalDate> captions = new LinkedHashMap<>();
        for (RemoteImage image : profile.images()) {
            if (!image.caption().isBlank() && image.takenAt().isPresent()) {
                captions.putIfAbsent(image.caption(), LocalDate.ofInstant(image.takenAt().get(), ZoneOffset.UTC));
            }
        }
        int n = 1;
        for (Map.Entry<String, LocalDate> caption : captions.entrySet()) {
            texts.add(new DatedText(caption.getKey(), "caption " + n++, caption.getValue()));
        }
        return texts;
    }
}
