package tad.store.dynamodb;

import static tad.store.dynamodb.Attrs.s;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.domain.Studio;
import tad.plugin.GeoPoint;
import tad.plugin.Sourced;

/** Maps studios and roster links to items and back. Sourced fields keep their source and fetch time. */
final class StudioItems {
    static final String TYPE_STUDIO = "studio";
    static final String TYPE_ROSTER = "roster";

    private StudioItems() {
    }

    static Map<String, AttributeValue> key(String studioId) {
        return Map.of(Keys.PK, s(Keys.studioPk(studioId)), Keys.SK, s(Keys.METADATA));
    }

    static Map<String, AttributeValue> toItem(Studio st) {
        Map<String, AttributeValue> item = new HashMap<>(key(st.studioId()));
        item.put(Keys.ENTITY, s(TYPE_STUDIO));
        item.put("studioId", s(st.studioId()));
        item.put("source", s(st.source()));
        item.put("sourceId", s(st.sourceId()));
        putSourced(item, "name", Optional.of(st.name()));
        putSourced(item, "address", st.address());
        st.location().ifPresent(loc -> {
            item.put("lat", Attrs.d(loc.value().lat()));
            item.put("lng", Attrs.d(loc.value().lng()));
            item.put("locationSource", s(loc.source()));
            item.put("locationFetchedAt", s(loc.fetchedAt().toString()));
        });
        Attrs.putIfPresent(item, "website", st.website());
        Attrs.putIfPresent(item, "phone", st.phone());
        Attrs.putIfPresent(item, "email", st.email());
        item.put("openingHours", s(Json.write(st.openingHours())));
        Attrs.putIfPresent(item, "instagramHandle", st.instagramHandle());
        item.put("locationCity", s(st.city()));
        item.put("locationCountry", s(st.country()));
        item.put(Keys.GSI2_PK, s(Keys.cityKey(st.country(), st.city())));
        item.put(Keys.GSI2_SK, s(Keys.STUDIO + st.studioId()));
        item.put("lastSeen", s(st.lastSeen().toString()));
        return item;
    }

    static Studio fromItem(Map<String, AttributeValue> item) {
        Optional<Sourced<GeoPoint>> location = Attrs.dbl(item, "lat").flatMap(lat -> Attrs.dbl(item, "lng")
                .map(lng -> new Sourced<>(new GeoPoint(lat, lng), Attrs.str(item, "locationSource"),
                        Instant.parse(Attrs.str(item, "locationFetchedAt")))));
        return new Studio(
                Attrs.str(item, "studioId"),
                Attrs.str(item, "source"),
                Attrs.str(item, "sourceId"),
                sourced(item, "name").orElseThrow(() -> new IllegalStateException("studio item without a name")),
                sourced(item, "address"),
                location,
                Attrs.optStr(item, "website"),
                Attrs.optStr(item, "phone"),
                Attrs.optStr(item, "email"),
                Attrs.optStr(item, "openingHours").map(j -> Json.read(j, new TypeReference<List<String>>() { }))
                        .orElse(List.of()),
                Attrs.optStr(item, "instagramHandle"),
                Attrs.str(item, "locationCity"),
                Attrs.str(item, "locationCountry"),
                Instant.parse(Attrs.str(item, "lastSeen")));
    }

    static Map<String, AttributeValue> rosterItem(String studioId, String artistId) {
        return Map.of(Keys.PK, s(Keys.studioPk(studioId)), Keys.SK, s(Keys.ROSTER + artistId),
                Keys.ENTITY, s(TYPE_ROSTER), "artistId", s(artistId));
    }

    private static void putSourced(Map<String, AttributeValue> item, String name, Optional<Sourced<String>> value) {
        value.ifPresent(v -> {
            item.put(name, s(v.value()));
            item.put(name + "Source", s(v.source()));
            item.put(name + "FetchedAt", s(v.fetchedAt().toString()));
        });
    }

    private static Optional<Sourced<String>> sourced(Map<String, AttributeValue> item, String name) {
        return Attrs.optStr(item, name).map(v -> new Sourced<>(v, Attrs.str(item, name + "Source"),
                Instant.parse(Attrs.str(item, name + "FetchedAt"))));
    }
}
