package tad.plugins.googleplaces;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import tad.plugin.BoundingBox;
import tad.plugin.Failure;
import tad.plugin.SourceException;

/**
 * Covers an area completely despite Text Search's cap of 60 places per query: query a tile (up to three pages of
 * 20); when it comes back full, its four quadrants are queued and queried too, down to a minimum tile size. Places
 * are de-duplicated by id, since a place on a shared edge is found by two tiles and a saturated tile's places are
 * found again by its quadrants. One instance covers one area.
 */
final class TiledSearch {
    /** Text Search returns at most this many places for one query, over all its pages. */
    static final int RESULT_CAP = 60;
    private static final int MAX_PAGES = RESULT_CAP / SearchTextRequest.PAGE_SIZE;

    private final PlacesApi api;
    private final PlacesConfig config;
    private final Logger log;
    private final Map<String, SearchTextResponse.Place> found = new LinkedHashMap<>();
    private final List<Failure> failures = new ArrayList<>();
    private int requests;
    private int answered;

    TiledSearch(PlacesApi api, PlacesConfig config, Logger log) {
        this.api = api;
        this.config = config;
        this.log = log;
    }

    /** What the search found, before mapping to studios. */
    record Result(List<SearchTextResponse.Place> places, int requests, List<Failure> failures) {
    }

    Result cover(BoundingBox area) throws SourceException {
        Deque<BoundingBox> tiles = new ArrayDeque<>();
        tiles.add(area);
        while (!tiles.isEmpty()) {
            if (requests >= config.maxRequests()) {
                failures.add(Failure.of(Failure.Reason.TOO_LARGE, "stopped at max-requests=" + config.maxRequests()
                        + " with " + tiles.size() + " tiles left; the area is only partly covered"));
                break;
            }
            BoundingBox tile = tiles.poll();
            if (searchTile(tile) >= RESULT_CAP) {
                split(tile, tiles);
            }
        }
        if (answered == 0 && !failures.isEmpty()) {
            // Not one answer from Google: the run learnt nothing, and the operator should see a failed crawl
            // rather than a "completed" one that found no studios.
            throw new SourceException(Failure.of(failures.get(0).reason(),
                    "Places API gave no usable answer for " + area + ": " + failures.get(0).detail()), true);
        }
        return new Result(List.copyOf(found.values()), requests, List.copyOf(failures));
    }

    /** Fetches every page for one tile; returns how many places Google returned for it (duplicates included). */
    private int searchTile(BoundingBox tile) throws SourceException {
        SearchTextRequest request = SearchTextRequest.firstPage(config, tile);
        int returned = 0;
        for (int page = 1; page <= MAX_PAGES; page++) {
            if (page > 1 && requests >= config.maxRequests()) {
                failures.add(Failure.of(Failure.Reason.TOO_LARGE,
                        "stopped at max-requests=" + config.maxRequests() + " inside tile " + tile));
                return returned;
            }
            requests++;
            PlacesApi.Outcome outcome = api.search(request);
            if (outcome instanceof PlacesApi.Outcome.Failed failed) {
                failures.add(Failure.of(failed.failure().reason(), "tile " + tile + ": " + failed.failure().detail()));
                return returned;
            }
            SearchTextResponse response = ((PlacesApi.Outcome.Page) outcome).response();
            answered++;
            for (SearchTextResponse.Place place : response.placesOrEmpty()) {
                returned++;
                if (place.id() != null && !place.id().isBlank()) {
                    found.putIfAbsent(place.id(), place);
                } else {
                    failures.add(Failure.of(Failure.Reason.UNEXPECTED_FORMAT, "tile " + tile + ": a place without id"));
                }
            }
            if (!response.hasNextPage()) {
                break;
            }
            request = request.nextPage(response.nextPageToken());
        }
        log.debug("google-places: tile {} returned {} places", tile, returned);
        return returned;
    }

    private void split(BoundingBox tile, Deque<BoundingBox> tiles) {
        boolean quadrantsBigEnough = tile.widthDegrees() / 2 >= config.minTileDegrees()
                && tile.heightDegrees() / 2 >= config.minTileDegrees();
        if (quadrantsBigEnough) {
            tiles.addAll(tile.quadrants());
            return;
        }
        log.warn("google-places: tile {} still returns {} places at the minimum tile size; some may be missed",
                tile, RESULT_CAP);
        failures.add(Failure.of(Failure.Reason.TOO_LARGE, "tile " + tile + " still hit the " + RESULT_CAP
                + "-place cap at min-tile-degrees=" + config.minTileDegrees() + "; studios there may be missed"));
    }
}
