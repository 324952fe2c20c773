package tad.core.notice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tad.core.denylist.Denylist;
import tad.core.domain.Artist;
import tad.core.domain.Studio;
import tad.core.store.ArtistStore;
import tad.core.store.Page;

/**
 * Works out, for every studio of a city, which of its artists the directory shows and whether the studio must be
 * told: shown means served (active) and not denylisted, checked by handle and by id as every response is; must be
 * told means the recipient (this studio at its published address) was not told about one of them yet.
 */
public final class NoticePlan {
    private static final int PAGE = 100;
    private static final int BATCH_GET = 100;

    private final ArtistStore store;
    private final Denylist denylist;
    private final NoticeKeys keys;
    private final NoticeLedger ledger;

    public NoticePlan(ArtistStore store, Denylist denylist, NoticeKeys keys, NoticeLedger ledger) {
        this.store = store;
        this.denylist = denylist;
        this.keys = keys;
        this.ledger = ledger;
    }

    /** One entry per studio of the city that lists at least one artist, by studio name. */
    public List<StudioNotice> forCity(String city) {
        List<StudioNotice> notices = new ArrayList<>();
        for (Studio studio : studiosIn(city)) {
            List<String> roster = store.roster(studio.studioId());
            if (roster.isEmpty()) {
                continue;
            }
            List<Artist> shown = artists(roster).stream()
                    .filter(a -> a.status().served())
                    .filter(a -> !denylist.isArtistDenied(a.artistId()) && !denylist.isHandleDenied(a.instagramHandle()))
                    .sorted(Comparator.comparing(Artist::instagramHandle)).toList();
            notices.add(notice(studio, shown));
        }
        notices.sort(Comparator.comparing(n -> n.studio().name().value().toLowerCase(Locale.ROOT)));
        return notices;
    }

    private StudioNotice notice(Studio studio, List<Artist> shown) {
        if (shown.isEmpty()) {
            return new StudioNotice(studio, StudioNotice.Status.NO_ARTISTS, List.of());
        }
        Optional<String> address = studio.email();
        Set<String> told = address.map(a -> ledger.notifiedArtists(keys.recipient(studio.studioId(), a)))
                .orElse(Set.of());
        List<StudioNotice.Listed> listed = shown.stream().map(a -> new StudioNotice.Listed(a,
                store.images(a.artistId()).size(), !told.contains(keys.artist(a.artistId())))).toList();
        StudioNotice.Status status = address.isEmpty() ? StudioNotice.Status.NO_ADDRESS
                : listed.stream().anyMatch(StudioNotice.Listed::isNew) ? StudioNotice.Status.SEND
                : StudioNotice.Status.ALREADY_NOTIFIED;
        return new StudioNotice(studio, status, listed);
    }

    /** The roster's artists, read in batches of the most one read takes. */
    private List<Artist> artists(List<String> ids) {
        List<Artist> artists = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH_GET) {
            artists.addAll(store.artists(ids.subList(from, Math.min(from + BATCH_GET, ids.size()))).values());
        }
        return artists;
    }

    /** The store's studio listing, filtered by city: a maintenance read (a city has a few hundred studios at most). */
    private List<Studio> studiosIn(String city) {
        List<Studio> studios = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            Page<Studio> page = store.studios(token, PAGE);
            page.items().stream().filter(s -> s.city().equalsIgnoreCase(city)).forEach(studios::add);
            token = page.nextToken();
        } while (token.isPresent());
        return studios;
    }
}
