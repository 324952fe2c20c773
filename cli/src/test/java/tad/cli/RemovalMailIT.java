package tad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.bootstrap.Bootstrap;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.serve.ServeWiring;
import tad.core.mail.MailerContract.ReceivedMail;
import tad.core.removal.RemovalRequest;

/**
 * Issue 19's removal e-mails end to end on the embedded stores, read back from a real SMTP server: a request filed
 * through the API of `tad serve` is acknowledged (with its id) by the server's mail loop; `tad removals approve`
 * and `tad removals reject` send the decision; then no file under the data directory holds the requester's address.
 * A mail server that is down neither blocks nor undoes an approval.
 */
class RemovalMailIT {
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();
    private static final String FIRST = "first.requester@example.org";
    private static final String SECOND = "second.requester@example.org";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void emptyServer() {
        TestSmtp.clear(SMTP);
    }

    @Test
    void theAcknowledgementComesFromTheApiTheDecisionFromTheCliAndThenTheAddressIsGone() throws Exception {
        Path data = Files.createTempDirectory("tad-removal-mail-it");
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        env.putAll(TestSmtp.env(SMTP.getSmtp().getPort()));

        String approveId;
        String rejectId;
        // the adapters close last, as in `tad serve` (Main registers them first): the mail loop stops before them, so
        // a send it has just made is recorded, not left "owed" in a store already closed
        try (Environment environment = new Environment(env, quiet(), quiet())) {
            Bootstrap app = environment.closeLater(
                    Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of()))));
            ServeWiring.Running server = ServeRunner.start(app, environment, 0);
            String base = "http://127.0.0.1:" + server.port();
            approveId = file(base, "@mara.inkwell", FIRST);
            rejectId = file(base, "@someone.else", SECOND);
            List<ReceivedMail> acks = TestSmtp.await(SMTP, 2);
            assertThat(acks).extracting(ReceivedMail::to).containsExactlyInAnyOrder(FIRST, SECOND);
            ReceivedMail ack = acks.stream().filter(m -> m.to().equals(FIRST)).findFirst().orElseThrow();
            assertThat(ack.from()).isEqualTo("privacy@tad.example");
            assertThat(ack.subject()).isEqualTo("We received your removal request " + approveId);
            assertThat(ack.text()).contains("Its reference is " + approveId).contains("normally within 3 days")
                    .contains("https://tad.example/about/#delisting").doesNotContain("mara.inkwell");
            assertThat(ack.html()).contains("<strong>" + approveId + "</strong>");
        }

        Run approved = Run.tad(env, "removals", "approve", approveId);
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("approved: denylisted and purged").contains("decision sent at");
        ReceivedMail removed = withSubject(TestSmtp.await(SMTP, 3), "Removed: your request " + approveId
                + " was approved");
        assertThat(removed.to()).isEqualTo(FIRST);
        assertThat(removed.text()).containsPattern("removed from the Tattoo Artist Directory on \\d{1,2} [A-Z][a-z]+ \\d{4}")
                .doesNotContain("mara.inkwell");

        Run rejected = Run.tad(env, "removals", "reject", rejectId, "--reason",
                "The account <b>@someone.else</b> is not listed here & never was");
        assertThat(rejected.code()).as(rejected.err()).isZero();
        ReceivedMail declined = withSubject(TestSmtp.await(SMTP, 4), "Not removed: your request " + rejectId
                + " was declined");
        assertThat(declined.to()).isEqualTo(SECOND);
        assertThat(declined.text()).contains("Our reason: The account <b>@someone.else</b> is not listed here & never was");
        assertThat(declined.html()).contains("The account &lt;b&gt;@someone.else&lt;/b&gt; is not listed here &amp; never was")
                .doesNotContain("<b>@someone");

        Run shown = Run.tad(env, "removals", "show", rejectId);
        assertThat(shown.out()).contains("email:     (erased)").contains("acknowledgement sent at")
                .contains("decision sent at");
        assertThat(Run.tad(env, "removals", "mail").out()).contains("removal e-mails: 0 sent");
        assertThat(SMTP.getReceivedMessages()).as("nothing is sent twice").hasSize(4);
        for (String address : List.of(FIRST, SECOND)) {
            GovernanceIT.assertNoFileContains(data, address);
        }
    }

    @Test
    void aMailServerThatIsDownNeitherBlocksNorUndoesTheApproval() throws Exception {
        Path data = Files.createTempDirectory("tad-removal-mail-down-it");
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        env.putAll(TestSmtp.env(TestSmtp.closedPort()));
        String id = "rq-0000000000000000000000d1";
        try (Bootstrap app = Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of())))) {
            app.removalRequests().save(RemovalRequest.pending(id, Optional.of("some.artist"), Optional.empty(), FIRST,
                    "please", app.clock().instant()));
        }

        Run approved = Run.tad(env, "removals", "approve", id);
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("approved: denylisted and purged")
                .contains("decision not sent yet, 1 failed attempts (UNAVAILABLE: cannot reach the mail server");
        assertThat(approved.out() + approved.err()).doesNotContain(FIRST);
        assertThat(Run.tad(env, "denylist", "list").out()).containsPattern("(?m)^[1-9]\\d* entries$");
        Run shown = Run.tad(env, "removals", "show", id);
        assertThat(shown.out()).contains("status:    APPROVED").contains("email:     (erased)");
        assertThat(Run.tad(env, "removals", "mail").out()).as("the retry is not due yet")
                .contains("removal e-mails: 0 sent, 0 failed");
    }

    @Test
    void withoutAMailServerTheMessagesGoToTheOutboxWhichListsShowsAndClears() throws Exception {
        Path data = Files.createTempDirectory("tad-outbox-it");
        Map<String, String> env = SampleCityCrawlIT.baseEnv(data);
        String id = "rq-0000000000000000000000b0";
        try (Bootstrap app = Bootstrap.open(TadConfig.parse(RawConfig.load(Optional.empty(), env, Map.of())))) {
            app.removalRequests().save(RemovalRequest.pending(id, Optional.of("some.artist"), Optional.empty(), FIRST,
                    "please", app.clock().instant()));
        }
        assertThat(Run.tad(env, "removals", "mail").out()).contains("removal e-mails: 1 sent");

        Run listed = Run.tad(env, "outbox");
        assertThat(listed.code()).isZero();
        assertThat(listed.out()).contains(FIRST).contains("We received your removal request " + id)
                .contains("1 messages in " + data.resolve("outbox") + " (kept 7 days; transport: outbox)");
        String messageId = listed.out().lines().filter(l -> l.contains(FIRST)).findFirst().orElseThrow().split("\\s+")[0];
        Run shown = Run.tad(env, "outbox", "--show", messageId);
        assertThat(shown.out()).contains("To: " + FIRST).contains("Subject: We received your removal request " + id)
                .contains("Its reference is " + id);
        assertThat(Run.tad(env, "outbox", "--show", "../secrets.eml").code()).isEqualTo(2);
        assertThat(Run.tad(env, "outbox", "--clear").out()).contains("erased 1 messages");
        assertThat(Run.tad(env, "outbox").out()).contains("0 messages in");
        assertThat(Run.tad(Map.of("TAD_MAIL_SMTP_PASSWORD", "hunter22", "TAD_DATA_DIR", data.toString()), "config").out())
                .doesNotContain("hunter22");
    }

    private String file(String base, String handle, String email) throws Exception {
        HttpResponse<String> filed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/removal-requests"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"instagramHandle\":\"" + handle + "\",\"email\":\"" + email + "\",\"reason\":\"please\"}"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(202);
        return json.readTree(filed.body()).path("id").asText();
    }

    /** GreenMail lists messages mailbox by mailbox, not in arrival order: find one by its subject. */
    private static ReceivedMail withSubject(List<ReceivedMail> messages, String subject) {
        return messages.stream().filter(m -> m.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no message '" + subject + "' among " + messages));
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }
}
