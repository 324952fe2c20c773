package tad.cli;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tad.core.mail.MailerContract;
import tad.mail.MimeParts;

/** A real SMTP server (GreenMail) for the CLI's mail tests, on a free port, and the settings that point tad at it. */
final class TestSmtp {
    private static final long STARTUP_MS = 60_000;

    private TestSmtp() {
    }

    /** One server for a whole test class (started once, mailboxes emptied by {@link #clear}). */
    static GreenMailExtension server() {
        ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(STARTUP_MS);
        return new GreenMailExtension(smtp).withPerMethodLifecycle(false);
    }

    /** TAD_ variables sending through that server in clear (a local relay), links to https://tad.example. */
    static Map<String, String> env(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("TAD_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("TAD_MAIL_SMTP_PORT", Integer.toString(port));
        env.put("TAD_MAIL_SMTP_SECURITY", "none");
        env.put("TAD_SERVE_SITE_URL", "https://tad.example");
        return env;
    }

    /** A port nothing listens on: a mail server that is down. */
    static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits (generously: the machine is shared) until the server holds {@code count} messages, and reads them. */
    static List<MailerContract.ReceivedMail> await(GreenMailExtension server, int count) {
        if (!server.waitForIncomingEmail(120_000, count)) {
            throw new AssertionError("expected " + count + " messages, the SMTP server has "
                    + server.getReceivedMessages().length);
        }
        MimeMessage[] got = server.getReceivedMessages();
        return Arrays.stream(got).map(MimeParts::read).toList();
    }

    static void clear(GreenMailExtension server) {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("cannot empty the test SMTP server", e);
        }
    }
}
