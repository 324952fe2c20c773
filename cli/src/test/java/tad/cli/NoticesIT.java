package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tad.core.domain.Ids;
import tad.core.mail.MailerContract.ReceivedMail;
import tad.samplecity.Roster;
import tad.samplecity.SampleCityServer;
import tad.store.dynamodb.DynamoConnection;

/**
 * Issue 19's notices to studios (GDPR Art. 14) on the crawled sample city, read back from a real SMTP server: a dry
 * run lists what would go and sends nothing; the real run sends each studio that publishes an address one notice
 * (denylisted artists left out, scraped values escaped in the HTML part); a second run sends nothing; the ledger
 * keeps keyed hashes only.
 */
class NoticesIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();
    private static final String DENYLISTED = "rebel.blackwork";

    @Test
    void aDryRunThenOneNoticePerStudioThenNothingAgain() throws Exception {
        Path data = Files.createTempDirectory("tad-notices-it");
        try (SampleCityServer city = SampleCityServer.start()) {
            Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
            env.putAll(city.crawlEnvironment());
            env.putAll(TestSmtp.env(SMTP.getSmtp().getPort()));
            assertThat(Run.tad(env, "denylist", "add", "@" + DENYLISTED).code()).isZero();
            assertThat(Run.tad(env, "crawl", "--city", "leeds").code()).isZero();

            Run dry = Run.tad(env, "notices", "send", "--city", "leeds", "--dry-run");
            assertThat(dry.code()).as(dry.err()).isZero();
            assertThat(dry.out()).contains("notices for Leeds: 14 studios list artists (dry run")
                    .contains("WOULD SEND Inkwell & Anchor Tattoo <hello@inkwell-anchor.example>  3 artists (3 new)")
                    .contains("NO ADDR  Static Bloom Tattoo")
                    .contains("would send 13 notices; 0 studios already told about every artist, 1 publish no address");
            assertThat(Run.tad(env, "notices", "send", "--city", "leeds", "--dry-run").out())
                    .as("a dry run records nothing").contains("would send 13 notices");
            assertThat(SMTP.getReceivedMessages()).isEmpty();

            Run sent = Run.tad(env, "notices", "send", "--city", "Leeds");
            assertThat(sent.code()).as(sent.out() + sent.err()).isZero();
            assertThat(sent.out()).contains("SENT     Inkwell & Anchor Tattoo").contains("sent 13 notices");
            List<ReceivedMail> notices = TestSmtp.await(SMTP, 13);
            Roster roster = city.roster();
            assertThat(notices).extracting(ReceivedMail::to).containsExactlyInAnyOrderElementsOf(
                    roster.studiosWithWebsites().stream().map(Roster.Studio::email).filter(e -> e != null)
                            .toList());
            ReceivedMail inkwell = to(notices, "hello@inkwell-anchor.example");
            assertThat(inkwell.subject()).isEqualTo("The Tattoo Artist Directory lists 3 of Inkwell & Anchor Tattoo's "
                    + "artists: what we hold and how to opt out");
            String mara = Ids.artistId("mara.inkwell");
            assertThat(inkwell.text()).contains("Hello Inkwell & Anchor Tattoo,").contains("(@mara.inkwell)")
                    .contains("https://tad.example/remove/?artist=" + mara + "&handle=mara.inkwell")
                    .contains("https://tad.example/artists/" + mara)
                    .contains("https://www.instagram.com/mara.inkwell/")
                    .contains("From your website (").contains("From their public Instagram profile "
                            + "(https://www.instagram.com/mara.inkwell/): biography; profile picture;")
                    .contains("recent public posts (images and captions)")
                    .contains("UK GDPR (Article 14)").contains("privacy@tad.example").doesNotContain(" NEW");
            assertThat(inkwell.html()).contains("Hello Inkwell &amp; Anchor Tattoo,")
                    .doesNotContain("Inkwell & Anchor")
                    // JMustache escapes '=' too (&#x3D;), which a browser reads back as '=' in the attribute
                    .contains("href=\"https://tad.example/remove/?artist&#x3D;" + mara + "&amp;handle&#x3D;mara.inkwell\"")
                    .contains("writing to privacy@tad.example,");
            ReceivedMail redbrick = to(notices, "redbrickrebel@mail.example");
            assertThat(redbrick.text()).contains("@redbrick.rosa").doesNotContain(DENYLISTED);
            ReceivedMail briar = to(notices, "hello@briarandbone.example");
            // a private Instagram profile: listed from the studio's site alone, and the notice says so
            assertThat(briar.text()).contains("(@lucan.tradworks)").contains("From their public Instagram profile "
                    + "(https://www.instagram.com/lucan.tradworks/): nothing but the handle");

            Run again = Run.tad(env, "notices", "send", "--city", "leeds");
            assertThat(again.code()).isZero();
            assertThat(again.out()).contains("sent 0 notices; 13 studios already told about every artist");
            assertThat(SMTP.getReceivedMessages()).as("nothing is repeated").hasSize(13);
        }
        assertLedgerHoldsOnlyKeyedHashes(data);
    }

    private static ReceivedMail to(List<ReceivedMail> messages, String address) {
        return messages.stream().filter(m -> m.to().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice to " + address));
    }

    private static void assertLedgerHoldsOnlyKeyedHashes(Path data) {
        try (LocalStore local = LocalStore.open(data)) {
            DynamoConnection dynamo = local.dynamo();
            List<Map<String, AttributeValue>> ledger = dynamo.client().scan(s -> s.tableName(dynamo.table())).items()
                    .stream().filter(item -> item.get("PK").s().startsWith("NOTICE#")).toList();
            assertThat(ledger).hasSizeGreaterThanOrEqualTo(13);
            assertThat(ledger).allSatisfy(item -> {
                assertThat(item.get("PK").s()).matches("NOTICE#[0-9a-f]{64}");
                assertThat(item.get("SK").s()).matches("ARTIST#[0-9a-f]{64}");
                assertThat(item.toString()).doesNotContain("@").doesNotContain("inkwell");
            });
        }
    }
}
