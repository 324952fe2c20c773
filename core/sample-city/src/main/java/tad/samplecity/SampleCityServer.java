package tad.samplecity;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole fictional sample city over real HTTP on 127.0.0.1: a Places-API-compatible server, one website server
 * per studio (each on its own port, so each is its own host for politeness and robots.txt), an Instagram web-API
 * server with its CDN, and an Instagram Graph API (Business Discovery) server. Tests and `tad demo` point
 * TAD_PLACES_URL, TAD_INSTAGRAM_URL and the instagram-graph plugin's url, token and user id at it.
 */
public final class SampleCityServer implements AutoCloseable {
    /** The Places API key the sample city's Places server accepts. */
    public static final String API_KEY = "sample-city-key";

    private final Roster roster;
    private final Map<String, SiteServer> sites;
    private final PlacesServer places;
    private final InstagramServer instagram;
    private final GraphServer graph;

    private SampleCityServer(Roster roster, Map<String, SiteServer> sites, PlacesServer places,
                             InstagramServer instagram, GraphServer graph) {
        this.roster = roster;
        this.sites = sites;
        this.places = places;
        this.instagram = instagram;
        this.graph = graph;
    }

    public static SampleCityServer start() {
        Roster roster = Roster.load();
        Map<String, SiteServer> sites = new LinkedHashMap<>();
        try {
            for (Roster.Studio studio : roster.studiosWithWebsites()) {
                sites.put(studio.key(), SiteServer.start(studio.key()));
            }
            PlacesServer places = PlacesServer.start(roster, API_KEY,
                    key -> Optional.ofNullable(sites.get(key)).map(SiteServer::baseUri));
            InstagramServer instagram = InstagramServer.start();
            return new SampleCityServer(roster, sites, places, instagram, GraphServer.start(instagram));
        } catch (RuntimeException e) {
            sites.values().forEach(SiteServer::close);
            throw e;
        }
    }

    public Roster roster() {
        return roster;
    }

    public URI placesUri() {
        return places.baseUri();
    }

    public URI instagramUri() {
        return instagram.baseUri();
    }

    public PlacesServer places() {
        return places;
    }

    public InstagramServer instagram() {
        return instagram;
    }

    public GraphServer graph() {
        return graph;
    }

    public URI graphUri() {
        return graph.baseUri();
    }

    public Optional<SiteServer> site(String studioKey) {
        return Optional.ofNullable(sites.get(studioKey));
    }

    /**
     * The environment a crawl of the sample city needs: the Places URL and key, the logged-out Instagram URL, and the
     * Graph API's URL, access token and the operator's account id (the default profile source).
     */
    public Map<String, String> crawlEnvironment() {
        return Map.of("TAD_PLACES_URL", placesUri().toString(), "TAD_INSTAGRAM_URL", instagramUri().toString(),
                "TAD_GOOGLE_API_KEY", API_KEY, "TAD_PLUGIN_INSTAGRAM_GRAPH_URL", graphUri().toString(),
                "TAD_PLUGIN_INSTAGRAM_GRAPH_ACCESS_TOKEN", GraphServer.ACCESS_TOKEN,
                "TAD_PLUGIN_INSTAGRAM_GRAPH_USER_ID", GraphServer.USER_ID);
    }

    /** Every request any fixture received, for assertions across the whole city. */
    public List<Fixture.RecordedRequest> allRequests() {
        List<Fixture.RecordedRequest> all = new ArrayList<>(places.requests());
        sites.values().forEach(s -> all.addAll(s.requests()));
        all.addAll(instagram.requests());
        all.addAll(graph.requests());
        return all;
    }

    @Override
    public void close() {
        graph.close();
        instagram.close();
        places.close();
        sites.values().forEach(SiteServer::close);
    }
}
