package tad.samplecity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The sample city's ground truth ({@code samplecity/roster.json}): fictional studios placed in Leeds, which of
 * them have websites, their artists, each artist's styles and how their Instagram profile behaves.
 */
public record Roster(String city, String country, Box bbox, List<Studio> studios, List<Artist> artists) {

    public record Box(double west, double south, double east, double north) {
    }

    /**
     * @param key          folder name of its website under {@code samplecity/sites/}
     * @param template     which real-world site style its pages imitate
     * @param studioHandle the studio's own Instagram account (not an artist)
     * @param email        the contact address its site publishes, or null when it publishes none
     * @param artists      handles of the resident and guest artists its site lists
     */
    public record Studio(String key, String placeId, String name, double lat, double lng, boolean website,
                         String template, String notes, String studioHandle, String email, List<String> artists) {
    }

    /**
     * @param instagram how the logged-out web fixture answers for this profile: ok, private, notfound, loginwall,
     *                  throttled-once
     * @param account   what kind of Instagram account it is: business, creator, personal or none (no such account)
     */
    public record Artist(String handle, String name, List<String> styles, String instagram, String account,
                         List<String> studios) {

        public InstagramAccount accountType() {
            return InstagramAccount.fromRoster(account);
        }
    }

    public static Roster load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = Roster.class.getResourceAsStream("/samplecity/roster.json")) {
            if (in == null) {
                throw new IllegalStateException("samplecity/roster.json is missing from the class path");
            }
            return mapper.readValue(in, Roster.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Studio> studiosWithWebsites() {
        return studios.stream().filter(Studio::website).toList();
    }
}
