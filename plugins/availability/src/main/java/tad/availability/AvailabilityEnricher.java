package tad.availability;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;
import tad.plugin.ArtistEvidence;
import tad.plugin.DatedCaption;
import tad.plugin.Enricher;
import tad.plugin.Enrichment;
import tad.plugin.PluginContext;
import tad.plugin.SourceText;

/**
 * The {@code availability} plugin's enricher: books open or closed, flash and guest spots from every source's bio
 * (dated the day it is read: a bio or a studio page is current whenever it is read) and the recent captions (dated
 * by their posts). A caption without a post date is left out: a statement whose day is unknown cannot expire.
 * Sources are named in the evidence ("instagram caption 2", "studio-website bio"). The studios the crawl found the
 * artist at ({@link ArtistEvidence#studios()}) are never read as a guest spot's place.
 */
@Extension
public final class AvailabilityEnricher implements Enricher {

    // Instagram cuts a caption at 2,200 characters, so no real caption is longer; a scraped text that is (hostile or
    // broken) is read no further, which bounds the work per caption
    static final int CAPTION_CHARS = 2_200;
    // the longest bio a source hands over: studio-site bios are cut at 1,500 by the host (core's SiteFactsLimits),
    // Instagram's at 150
    static final int BIO_CHARS = 1_500;

    private final Cues cues;

    /** PF4J's constructor: loads the bundled cues once per plugin load. */
    public AvailabilityEnricher() {
        this.cues = Cues.bundled();
    }

    @Override
    public Enrichment enrich(ArtistEvidence evidence, PluginContext context) {
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        AvailabilityInferrer inferrer = new AvailabilityInferrer(cues, AvailabilitySettings.from(context.config()));
        return new Enrichment(Set.of(), Set.of(), List.of(), inferrer.infer(texts(evidence, today), today,
                HomeStudios.of(evidence.studios())));
    }

    static List<DatedText> texts(ArtistEvidence evidence, LocalDate today) {
        List<DatedText> texts = new ArrayList<>();
        for (SourceText source : evidence.sources()) {
            texts.add(new DatedText(capped(source.bio(), BIO_CHARS), source.source() + " bio", today));
            int n = 1;
            for (DatedCaption post : source.posts()) {
                int number = n++;
                post.postedAt().ifPresent(at -> texts.add(new DatedText(capped(post.text(), CAPTION_CHARS),
                        source.source() + " caption " + number, LocalDate.ofInstant(at, ZoneOffset.UTC))));
            }
        }
        return texts;
    }

    /** The first {@code max} characters of a text, never splitting a surrogate pair (an emoji) in two. */
    static String capped(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
