package tad.samplecity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Renders a roster studio as a Places API (New) {@code Place}, with only the fields the request's field mask
 * names, as Google does. Addresses are made up; phone numbers come from Ofcom's range reserved for drama
 * (0113 496 0000-0999), so nothing here reaches a real business.
 */
final class PlacesPlaceJson {
    private static final List<String> STREETS = List.of("Boar Lane", "Call Lane", "Briggate", "Kirkgate",
            "The Calls", "Vicar Lane", "Merrion Street", "Greek Street", "Park Row", "Wellington Street",
            "New Briggate", "Duncan Street");
    static final List<String> TYPES = List.of("body_art_service", "point_of_interest", "establishment");

    private final Function<String, Optional<URI>> websites;

    PlacesPlaceJson(Function<String, Optional<URI>> websites) {
        this.websites = websites;
    }

    ObjectNode render(Roster.Studio studio, int rosterIndex, PlacesFieldMask mask) {
        ObjectNode place = JsonNodeFactory.instance.objectNode();
        if (mask.wants("name")) {
            place.put("name", "places/" + studio.placeId());
        }
        if (mask.wants("id")) {
            place.put("id", studio.placeId());
        }
        if (mask.wants("types")) {
            TYPES.forEach(place.putArray("types")::add);
        }
        if (mask.wants("primaryType")) {
            place.put("primaryType", TYPES.get(0));
        }
        if (mask.wants("nationalPhoneNumber")) {
            place.put("nationalPhoneNumber", "0113 496 " + phoneSuffix(rosterIndex));
        }
        if (mask.wants("internationalPhoneNumber")) {
            place.put("internationalPhoneNumber", "+44 113 496 " + phoneSuffix(rosterIndex));
        }
        if (mask.wants("formattedAddress")) {
            place.put("formattedAddress", address(rosterIndex));
        }
        if (mask.wants("location")) {
            ObjectNode location = place.putObject("location");
            location.put("latitude", studio.lat());
            location.put("longitude", studio.lng());
        }
        if (mask.wants("websiteUri") && studio.website()) {
            websites.apply(studio.key()).ifPresent(uri -> place.put("websiteUri", uri.toString()));
        }
        if (mask.wants("businessStatus")) {
            place.put("businessStatus", "OPERATIONAL");
        }
        if (mask.wants("displayName")) {
            ObjectNode name = place.putObject("displayName");
            name.put("text", studio.name());
            name.put("languageCode", "en");
        }
        return place;
    }

    private static String phoneSuffix(int rosterIndex) {
        return String.format("0%03d", rosterIndex % 1000);
    }

    private static String address(int rosterIndex) {
        String street = STREETS.get(rosterIndex % STREETS.size());
        int number = 1 + (rosterIndex * 7) % 120;
        return number + " " + street + ", Leeds LS1 " + (1 + rosterIndex % 9) + "AB, UK";
    }

    /** The set of field names a mask can ask for, for validation. */
    static final Set<String> FIELDS = Set.of("name", "id", "types", "primaryType", "nationalPhoneNumber",
            "internationalPhoneNumber", "formattedAddress", "location", "websiteUri", "businessStatus",
            "displayName");
}
