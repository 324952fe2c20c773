package tad.plugin;

import java.util.List;

/** A rectangle in WGS84 degrees, west/south/east/north as in GeoJSON and the Places API. */
public record BoundingBox(double west, double south, double east, double north) {
    public BoundingBox {
        if (!(west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
            throw new IllegalArgumentException("bounding box out of range");
        }
        if (!(west < east && south < north)) {
            throw new IllegalArgumentException("bounding box must have west < east and south < north");
        }
    }

    /** Parses {@code west,south,east,north}. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("expected west,south,east,north but got '" + text + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a number in '" + text + "'");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("'" + parts[i].trim() + "' is not a finite number");
            }
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    public boolean contains(GeoPoint p) {
        return p.lng() >= west && p.lng() <= east && p.lat() >= south && p.lat() <= north;
    }

    public GeoPoint centre() {
        return new GeoPoint((south + north) / 2, (west + east) / 2);
    }

    public double widthDegrees() {
        return east - west;
    }

    public double heightDegrees() {
        return north - south;
    }

    /** The four quadrants, used to tile an area whose query hit a source's result cap. */
    public List<BoundingBox> quadrants() {
        double midLng = (west + east) / 2;
        double midLat = (south + north) / 2;
        return List.of(
                new BoundingBox(west, midLat, midLng, north),
                new BoundingBox(midLng, midLat, east, north),
                new BoundingBox(west, south, midLng, midLat),
                new BoundingBox(midLng, south, east, midLat));
    }

    @Override
    public String toString() {
        return west + "," + south + "," + east + "," + north;
    }
}
