package tad.cli.bench;

import tad.plugin.BoundingBox;

/**
 * The size of a synthetic city: {@code studios} studios, each listing {@code artistsPerStudio} artists of its own,
 * each with {@code postsPerProfile} posts on the first page of their profile. Studios sit on a grid inside
 * {@link #BOX}, a made-up area.
 */
record CityShape(int studios, int artistsPerStudio, int postsPerProfile) {
    static final BoundingBox BOX = new BoundingBox(-1.60, 53.70, -1.40, 53.90);
    static final String LABEL = "benchville";

    CityShape {
        if (studios < 1 || artistsPerStudio < 1 || postsPerProfile < 1) {
            throw new IllegalArgumentException("a city needs at least one studio, artist and post");
        }
    }

    int profiles() {
        return studios * artistsPerStudio;
    }

    /** The artist's number across the whole city. */
    int artist(int studio, int slot) {
        return studio * artistsPerStudio + slot;
    }

    static String handle(int artist) {
        return "bench.artist" + artist;
    }

    /** Deterministic "First Last" names from two short lists. */
    static String name(int artist) {
        String[] first = {"Ada", "Bram", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ivo", "Juno", "Kit", "Lia"};
        String[] last = {"Ashby", "Birch", "Crane", "Dale", "Ellery", "Fox", "Grey", "Holt", "Ives", "Jory", "Keel"};
        return first[artist % first.length] + " " + last[(artist / first.length) % last.length];
    }

    /** The style words an artist's bio and captions use, so that style inference has something to infer. */
    static String style(int artist) {
        String[] styles = {"blackwork", "fine line", "neo traditional", "japanese", "realism", "dotwork",
                "traditional", "watercolour", "geometric", "lettering"};
        return styles[artist % styles.length];
    }

    String bboxArgument() {
        return BOX.west() + "," + BOX.south() + "," + BOX.east() + "," + BOX.north();
    }
}
