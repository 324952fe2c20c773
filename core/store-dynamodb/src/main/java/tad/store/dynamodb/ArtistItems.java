package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.bool;
import static tad.store.dynamodb.Attrs.d;
import static tad.store.dynamodb.Attrs.n;
import static tad.store.dynamodb.Attrs.s;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.core.domain.SiteProfile;
import tad.plugin.Availability;
import tad.plugin.Failure;
import tad.plugin.GeoPoint;
import tad.plugin.StyleEvidence;

/** Maps artists, their images and their style index entries to items and back. */
final class ArtistItems {
    static final String TYPE_ARTIST = "artist";
    static final String TYPE_IMAGE = "image";
    static final String TYPE_STYLE = "style";

    private ArtistItems() {
    }

    static Map<String, AttributeValue> profileKey(String artistId) {
        return Map.of(Keys.PK, s(Keys.artistPk(artistId)), Keys.SK, s(Keys.artistProfileSk(artistId)));
    }

    static Map<String, AttributeValue> toItem(Artist a) {
        Map<String, AttributeValue> item = new HashMap<>(profileKey(a.artistId()));
        item.put(Keys.ENTITY, s(TYPE_ARTIST));
        item.put("artistId", s(a.artistId()));
        item.put("instagramHandle", s(a.instagramHandle()));
        Attrs.putIfPresent(item, "artistName", a.name());
        item.put("bio", s(a.bio()));
        a.profilePicture().ifPresent(p -> item.put("profilePicture", s(Json.write(p))));
        Attrs.putIfPresent(item, "externalUrl", a.externalUrl());
        item.put("verified", bool(a.verified()));
        a.website().ifPresent(w -> item.put("website", s(Json.write(w))));
        Attrs.ss(a.studioIds()).ifPresent(v -> item.put("studioIds", v));
        Attrs.ss(a.styles()).ifPresent(v -> item.put("styles", v));
        Attrs.ss(a.hashtags()).ifPresent(v -> item.put("hashtags", v));
        item.put("styleEvidence", s(Json.write(a.evidence())));
        if (!a.availability().isEmpty()) {
            item.put("availability", s(Json.write(a.availability())));
        }
        item.put("locationCity", s(a.city()));
        item.put("locationCountry", s(a.country()));
        item.put(Keys.GSI2_PK, s(Keys.cityKey(a.country(), a.city())));
        item.put(Keys.GSI2_SK, s(Keys.ARTIST + a.artistId()));
        a.location().ifPresent(g -> {
            item.put("lat", d(g.lat()));
            item.put("lng", d(g.lng()));
        });
        item.put("status", s(a.status().name()));
        a.lastFailure().ifPresent(f -> {
            item.put("failureReason", s(f.reason().name()));
            item.put("failureDetail", s(f.detail()));
        });
        item.put("missedRuns", n(a.missedRuns()));
        item.put("failedRuns", n(a.failedRuns()));
        a.fetchedAt().ifPresent(t -> item.put("fetchedAt", s(t.toString())));
        item.put("updatedAt", s(a.updatedAt().toString()));
        item.put("lastSeenRun", s(a.lastSeenRun()));
        return item;
    }

    static Artist fromItem(Map<String, AttributeValue> item) {
        Optional<Double> lat = Attrs.dbl(item, "lat");
        Optional<Double> lng = Attrs.dbl(item, "lng");
        Optional<GeoPoint> location = lat.isPresent() && lng.isPresent()
                ? Optional.of(new GeoPoint(lat.get(), lng.get())) : Optional.empty();
        Optional<Failure> failure = Attrs.optStr(item, "failureReason")
                .map(r -> Failure.of(Failure.Reason.valueOf(r), Attrs.str(item, "failureDetail")));
        return new Artist(
                Attrs.str(item, "artistId"),
                Attrs.str(item, "instagramHandle"),
                Attrs.optStr(item, "artistName"),
                Attrs.str(item, "bio"),
                Attrs.optStr(item, "profilePicture").map(j -> Json.read(j, new TypeReference<ImageVariant>() { })),
                Attrs.optStr(item, "externalUrl"),
                Attrs.bool(item, "verified"),
                Attrs.optStr(item, "website").map(j -> Json.read(j, new TypeReference<SiteProfile>() { })),
                Attrs.set(item, "studioIds"),
                Attrs.set(item, "styles"),
                Attrs.set(item, "hashtags"),
                Attrs.optStr(item, "styleEvidence").map(j -> Json.read(j, new TypeReference<List<StyleEvidence>>() { }))
                        .orElse(List.of()),
                Attrs.optStr(item, "availability")
                        .map(j -> Json.read(j, new TypeReference<List<Availability>>() { })).orElse(List.of()),
                Attrs.str(item, "locationCity"),
                Attrs.str(item, "locationCountry"),
                location,
                ArtistStatus.valueOf(Attrs.str(item, "status")),
                failure,
                (int) Attrs.num(item, "missedRuns", 0),
                (int) Attrs.num(item, "failedRuns", 0),
                Attrs.optStr(item, "fetchedAt").map(Instant::parse),
                Instant.parse(Attrs.str(item, "updatedAt")),
                Attrs.str(item, "lastSeenRun"));
    }

    static Map<String, AttributeValue> imageItem(String artistId, PortfolioImage image) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.artistPk(artistId)));
        item.put(Keys.SK, s(Keys.IMAGE + image.imageId()));
        item.put(Keys.ENTITY, s(TYPE_IMAGE));
        item.put("imageId", s(image.imageId()));
        item.put("sourceId", s(image.sourceId()));
        item.put("position", n(image.position()));
        item.put("videoCover", bool(image.videoCover()));
        image.takenAt().ifPresent(t -> item.put("takenAt", s(t.toString())));
        item.put("altText", s(image.altText()));
        item.put("variants", s(Json.write(image.variants())));
        return item;
    }

    static PortfolioImage imageFromItem(Map<String, AttributeValue> item) {
        return new PortfolioImage(
                Attrs.str(item, "imageId"),
                Attrs.str(item, "sourceId"),
                (int) Attrs.num(item, "position", 0),
                Attrs.bool(item, "videoCover"),
                Attrs.optStr(item, "takenAt").map(Instant::parse),
                Attrs.str(item, "altText"),
                Json.read(Attrs.str(item, "variants"), new TypeReference<List<ImageVariant>>() { }));
    }

    /**
     * One item per style: a GSI key holds a single value, so an artist with three styles appears three times in
     * the style-location index, each entry carrying the fields a listing shows.
     */
    static Map<String, AttributeValue> styleItem(Artist a, String style) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(Keys.PK, s(Keys.artistPk(a.artistId())));
        item.put(Keys.SK, s(Keys.STYLE + style));
        item.put(Keys.ENTITY, s(TYPE_STYLE));
        item.put(Keys.GSI1_PK, s(Keys.STYLE + style));
        item.put(Keys.GSI1_SK, s(Keys.LOCATION + Keys.locationSegment(a.country()) + "#"
                + Keys.locationSegment(a.city()) + "#" + Keys.ARTIST + a.artistId()));
        item.put("artistId", s(a.artistId()));
        item.put("style", s(style));
        item.put("locationCity", s(a.city()));
        item.put("locationCountry", s(a.country()));
        Attrs.putIfPresent(item, "artistName", a.name());
        return item;
    }
}
