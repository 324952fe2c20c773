package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.denylist.Denylist;
import tad.core.denylist.DenylistKey;
import tad.core.domain.Artist;
import tad.core.domain.ArtistStatus;
import tad.core.domain.Studio;
import tad.core.mail.MailTemplates;
import tad.core.mail.SiteLinks;
import tad.core.notice.NoticeKeys;
import tad.core.notice.NoticePlan;
import tad.core.notice.StudioNotice;
import tad.core.notice.StudioNotices;
import tad.core.store.Fixtures;
import tad.mail.FileOutbox;
import tad.mail.MimeText;
import tad.store.dynamodb.DynamoArtistStore;
import tad.store.dynamodb.DynamoConnection;
import tad.store.dynamodb.DynamoDenylistStore;
import tad.store.dynamodb.DynamoNoticeLedger;

/**
 * Who is told what, on real parts (DynamoDB Local, the file outbox as the mailer): only shown artists are listed,
 * a studio is told again only when an artist it was not told about appears (and then that artist is marked new),
 * and a studio that changes its address is a new recipient.
 */
class NoticePlanTest {
    private static final String CITY = "Leeds";
    @TempDir
    Path dir;
    private DynamoConnection dynamo;
    private DynamoArtistStore store;
    private Denylist denylist;
    private NoticePlan plan;
    private StudioNotices notices;
    private FileOutbox outbox;
    private final Studio studio = Fixtures.studio("notice-1", Fixtures.T0);

    @BeforeEach
    void world() {
        dynamo = DynamoConnection.inMemory("Notices");
        store = new DynamoArtistStore(dynamo);
        DenylistKey key = new DenylistKey("a-notice-test-secret-16+".getBytes(StandardCharsets.UTF_8));
        denylist = new Denylist(new DynamoDenylistStore(dynamo), key, Clock.systemUTC());
        DynamoNoticeLedger ledger = new DynamoNoticeLedger(dynamo);
        plan = new NoticePlan(store, denylist, new NoticeKeys(key), ledger);
        outbox = new FileOutbox(dir.resolve("outbox"), "privacy@tad.example", Duration.ofDays(7), Clock.systemUTC());
        notices = new StudioNotices(new NoticeKeys(key), ledger, outbox, new MailTemplates(),
                new SiteLinks(URI.create("https://tad.example/")), "privacy@tad.example", Clock.systemUTC());
        store.upsertStudio(studio);
        artist("ann.ink", ArtistStatus.ACTIVE, studio);
        artist("sam.lines", ArtistStatus.ACTIVE, studio);
        artist("old.stale", ArtistStatus.STALE, studio);
        artist("den.ied", ArtistStatus.ACTIVE, studio);
        denylist.addArtistId(tad.core.domain.Ids.artistId("den.ied"));
    }

    @AfterEach
    void close() {
        dynamo.close();
    }

    @Test
    void onlyShownArtistsAreListedAndASecondRunRepeatsNothing() throws Exception {
        StudioNotice first = only(plan.forCity(CITY));
        assertThat(first.status()).isEqualTo(StudioNotice.Status.SEND);
        assertThat(first.artists()).extracting(l -> l.artist().instagramHandle()).containsExactly("ann.ink", "sam.lines");

        assertThat(notices.send(List.of(first))).singleElement().satisfies(o -> assertThat(o.failure()).isEmpty());
        MimeMessage sent = outbox.message(outbox.list().get(0).id()).orElseThrow();
        assertThat(sent.getHeader("X-Tad-Artist-Ids")[0]).contains(first.artists().get(0).artist().artistId());
        assertThat(MimeText.part(sent, "text/plain")).contains("(@ann.ink)").doesNotContain("NEW")
                .doesNotContain("old.stale").doesNotContain("den.ied");

        assertThat(only(plan.forCity(CITY)).status()).isEqualTo(StudioNotice.Status.ALREADY_NOTIFIED);
        assertThat(plan.forCity("York")).isEmpty();
    }

    @Test
    void aNewArtistBringsOneMoreNoticeWithThatArtistMarkedNew() throws Exception {
        notices.send(plan.forCity(CITY));
        artist("cleo.new", ArtistStatus.ACTIVE, studio);

        StudioNotice again = only(plan.forCity(CITY));
        assertThat(again.status()).isEqualTo(StudioNotice.Status.SEND);
        assertThat(again.artists()).filteredOn(StudioNotice.Listed::isNew).extracting(l -> l.artist().instagramHandle())
                .containsExactly("cleo.new");
        notices.send(List.of(again));
        String text = MimeText.part(outbox.message(outbox.list().get(0).id()).orElseThrow(), "text/plain");
        assertThat(text).contains("We wrote to you before").contains("(@cleo.new) NEW").contains("(@ann.ink)\n");
        assertThat(only(plan.forCity(CITY)).status()).isEqualTo(StudioNotice.Status.ALREADY_NOTIFIED);
    }

    @Test
    void aNewAddressIsANewRecipientAndNoAddressMeansNoNotice() {
        notices.send(plan.forCity(CITY));
        store.upsertStudio(studio.withEmail(Optional.of("new-desk@studio.example")));
        assertThat(only(plan.forCity(CITY)).status()).isEqualTo(StudioNotice.Status.SEND);
        store.upsertStudio(studio.withEmail(Optional.empty()));
        assertThat(only(plan.forCity(CITY)).status()).isEqualTo(StudioNotice.Status.NO_ADDRESS);
    }

    private static StudioNotice only(List<StudioNotice> notices) {
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private void artist(String handle, ArtistStatus status, Studio at) {
        Artist a = Fixtures.withStatus(Fixtures.artist(handle, Set.of("blackwork"), CITY, Set.of(at.studioId())), status);
        store.upsertArtist(a, List.of());
    }
}
