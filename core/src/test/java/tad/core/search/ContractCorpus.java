package tad.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tad.plugin.GeoPoint;

/**
 * The fixed artists the contract runs on: 30 artists in Leeds, Bradford, York, Manchester and London (plus one with
 * no location). Names, bios and places are chosen so that each contract query has one right answer: no two distances
 * from Leeds centre are close, every updatedAt differs, and relevance ties fall back to artistId.
 */
final class ContractCorpus {
    static final GeoPoint LEEDS_CENTRE = new GeoPoint(53.7997, -1.5492);
    static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("blackwork", "Blackwork"), Map.entry("fine-line", "Fine line"),
            Map.entry("traditional", "Traditional"), Map.entry("neo-traditional", "Neo-traditional"),
            Map.entry("realism", "Realism"), Map.entry("japanese", "Japanese"),
            Map.entry("watercolour", "Watercolour"), Map.entry("dotwork", "Dotwork"),
            Map.entry("lettering", "Lettering"), Map.entry("geometric", "Geometric"));

    private ContractCorpus() {}

    static List<ArtistDocument> artists() {
        List<ArtistDocument> all = new ArrayList<>();
        // id, name, handle, bio, studio, city, lat, lng, updated (days after EPOCH), styles
        all.add(artist("a01", "Sam Blackwood", "sam.inks", "Bold blackwork sleeves and ornamental pieces.", "Zephyr Ink", "Leeds", 53.8010, -1.5480, 40, "blackwork", "dotwork"));
        all.add(artist("a02", "Priya Shah", "priya_tattoo", "Delicate fine line florals and botanical work.", "Zephyr Ink", "Leeds", 53.8050, -1.5550, 12, "fine-line", "watercolour"));
        all.add(artist("a03", "Tom Hargreaves", "tomh_tattoos", "Traditional flash, bold lines, bright colour.", "Kirkgate Tattoo", "Leeds", 53.7960, -1.5400, 33, "traditional"));
        all.add(artist("a04", "Lena Novak", "lenanovak", "Photorealistic portraits and realism in black and grey.", "Kirkgate Tattoo", "Leeds", 53.8200, -1.5700, 5, "realism", "blackwork"));
        all.add(artist("a05", "Ollie Brandt", "ollie.brandt", "Dotwork mandala designs and sacred geometry.", "North Star Studio", "Leeds", 53.8300, -1.5000, 27, "dotwork", "geometric"));
        all.add(artist("a06", "Hana Sato", "hana.irezumi", "Japanese irezumi: koi, dragons and full back pieces.", "North Star Studio", "Leeds", 53.7700, -1.5900, 51, "japanese", "neo-traditional"));
        all.add(artist("a07", "José Álvarez", "jose_alvarez_ink", "Realism and japanese inspired colour work.", "Headrow Tattoo Co", "Leeds", 53.7850, -1.6100, 8, "realism", "japanese"));
        all.add(artist("a08", "Grace Whitfield", "gracewhitfield", "Lettering and script, custom fonts.", "Headrow Tattoo Co", "Leeds", 53.8450, -1.6300, 19, "lettering"));
        all.add(artist("a09", "Marek Zielinski", "marek.tattoo", "Neo-traditional animals with bold colour.", "Chapel Allerton Ink", "Leeds", 53.8290, -1.5380, 44, "neo-traditional", "traditional"));
        all.add(artist("a10", "Ruby Quinn", "rubyquinn.tattoo", "Watercolour splashes and soft fine line.", "Chapel Allerton Ink", "Leeds", 53.7600, -1.5200, 2, "watercolour", "fine-line"));
        all.add(artist("a11", "Dev Patel", "devpatel_ink", "Geometric and blackwork patterns, linework.", "Zephyr Ink", "Leeds", 53.8650, -1.4800, 36, "geometric", "blackwork"));
        all.add(artist("a12", "Ivy Holt", "ivyholt", "Realism, japanese and neo-traditional: a bit of everything.", "Kirkgate Tattoo", "Leeds", 53.7400, -1.4700, 23, "realism", "japanese", "neo-traditional"));
        all.add(artist("a13", "Connor Reid", "connor.reid", "Traditional Americana and lettering.", "Ancoats Tattoo", "Manchester", 53.4840, -2.2300, 15, "traditional", "lettering"));
        all.add(artist("a14", "Aisha Begum", "aisha.ink", "Fine line henna-inspired designs.", "Ancoats Tattoo", "Manchester", 53.4780, -2.2450, 29, "fine-line"));
        all.add(artist("a15", "Ben Walsh", "benwalsh", "Blackwork and dotwork, heavy black.", "Northern Quarter Ink", "Manchester", 53.4850, -2.2360, 3, "blackwork", "dotwork"));
        all.add(artist("a16", "Chloe Martin", "chloe_tattoo", "Realism portraits of pets.", "Northern Quarter Ink", "Manchester", 53.4700, -2.2500, 47, "realism"));
        all.add(artist("a17", "Yuki Tanaka", "yuki.tanaka", "Japanese traditional tebori and machine.", "Ancoats Tattoo", "Manchester", 53.4900, -2.2200, 11, "japanese", "traditional"));
        all.add(artist("a18", "Harriet Lowe", "harriet.lowe", "Watercolour botanicals.", "Shambles Ink", "York", 53.9600, -1.0800, 38, "watercolour"));
        all.add(artist("a19", "Felix Moore", "felixmoore", "Realism and blackwork.", "Shambles Ink", "York", 53.9580, -1.0830, 21, "realism", "blackwork"));
        all.add(artist("a20", "Nina Petrova", "nina.petrova", "Fine line and geometric minimalism.", "Minster Tattoo", "York", 53.9620, -1.0850, 6, "fine-line", "geometric"));
        all.add(artist("a21", "Oscar Bell", "oscarbell", "Neo-traditional and realism.", "Minster Tattoo", "York", 53.9550, -1.0780, 31, "neo-traditional", "realism"));
        all.add(artist("a22", "Sophie Clarke", "sophie.clarke", "Lettering and traditional flash.", "Shambles Ink", "York", 53.9640, -1.0900, 17, "lettering", "traditional"));
        all.add(artist("a23", "Kwame Mensah", "kwame.ink", "Blackwork and geometric.", "Soho Tattoo", "London", 51.5130, -0.1340, 42, "blackwork", "geometric"));
        all.add(artist("a24", "Emily Turner", "emilyturner", "Fine line micro tattoos.", "Soho Tattoo", "London", 51.5140, -0.1300, 9, "fine-line"));
        all.add(artist("a25", "Luca Romano", "luca.romano", "Realism, japanese and traditional.", "Camden Ink", "London", 51.5390, -0.1420, 26, "realism", "japanese", "traditional"));
        all.add(artist("a26", "Mia Wong", "miawong", "Watercolour and dotwork.", "Camden Ink", "London", 51.5400, -0.1450, 14, "watercolour", "dotwork"));
        all.add(artist("a27", "Zara Ahmed", "zara.ahmed", "Japanese and realism.", "Soho Tattoo", "London", 51.5120, -0.1320, 35, "japanese", "realism"));
        all.add(artist("a28", "Jack Wilson", "jackwilson", "Traditional and neo-traditional.", "Bradford Ink", "Bradford", 53.7950, -1.7594, 24, "traditional", "neo-traditional"));
        all.add(artist("a29", "Amelia Scott", "amelia.scott", "Dotwork and fine line.", "Bradford Ink", "Bradford", 53.7930, -1.7520, 10, "dotwork", "fine-line"));
        all.add(new ArtistDocument("a30", "Noor Haddad", "noor.haddad", "Guest spots only; lettering and blackwork.",
                List.of(), "Leeds", "GB", null, List.of("lettering", "blackwork"), List.of("Lettering", "Blackwork"),
                null, null, EPOCH.plusSeconds(86_400L * 50)));
        return all;
    }

    static ArtistDocument artist(String id, String name, String handle, String bio, String studio, String city,
            double lat, double lng, int updatedDay, String... styles) {
        List<String> slugs = List.of(styles);
        return new ArtistDocument(id, name, handle, bio, List.of(studio), city, "GB", new GeoPoint(lat, lng), slugs,
                slugs.stream().map(LABELS::get).toList(), "/media/" + id + "/thumb.webp",
                new StudioSummary(studio, city, lat, lng), EPOCH.plusSeconds(86_400L * updatedDay));
    }
}
