package tad.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;
import tad.core.mail.MailerContract;

/** The contract on the file outbox (each message read back from its file), plus what the outbox promises. */
class FileOutboxTest extends MailerContract {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path data;

    private FileOutbox outbox(Instant now) {
        return new FileOutbox(data.resolve("outbox"), FROM, Duration.ofDays(7), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Override
    protected Mailer mailer() {
        return outbox(NOW);
    }

    @Override
    protected List<ReceivedMail> received() {
        FileOutbox outbox = outbox(NOW);
        // listed newest first; the contract wants the order sent
        return outbox.list().reversed().stream()
                .map(entry -> MimeParts.read(outbox.message(entry.id()).orElseThrow())).toList();
    }

    @Test
    void filesAreStandardMessagesReadableOnlyByTheirOwner() throws IOException {
        outbox(NOW).send(new MailMessage("a@example.org", "Subject", "t", "<p>t</p>", Set.of()));
        Path file;
        try (var files = Files.list(data.resolve("outbox"))) {
            file = files.findFirst().orElseThrow();
        }
        assertThat(file.getFileName().toString()).matches("20261207T100000-[0-9a-f]{12}\\.eml");
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(file)).contains("Subject: Subject").contains("To: a@example.org")
                .contains("Content-Type: multipart/alternative");
        assertThat(outbox(NOW).list()).singleElement().satisfies(entry -> {
            assertThat(entry.to()).isEqualTo("a@example.org");
            assertThat(entry.sentAt()).isEqualTo(NOW);
        });
    }

    @Test
    void messagesOlderThanTheRetentionAreErasedWhenTheOutboxIsNextOpened() throws IOException {
        outbox(NOW).send(new MailMessage("old@example.org", "Old", "t", "<p>t</p>", Set.of()));
        try (var files = Files.list(data.resolve("outbox"))) {
            Files.setLastModifiedTime(files.findFirst().orElseThrow(), FileTime.from(NOW.minus(Duration.ofDays(8))));
        }
        outbox(NOW).send(new MailMessage("new@example.org", "New", "t", "<p>t</p>", Set.of()));
        assertThat(outbox(NOW).list()).extracting(FileOutbox.Entry::to).containsExactly("new@example.org");
        assertThat(outbox(NOW.plus(Duration.ofDays(8))).list()).isEmpty();
    }

    @Test
    void aPurgedArtistTakesTheMessagesNamingThemAlong() {
        FileOutbox outbox = outbox(NOW);
        outbox.send(new MailMessage("s1@example.org", "Notice 1", "lists mara", "<p>m</p>", Set.of("art-mara", "art-tob")));
        outbox.send(new MailMessage("s2@example.org", "Notice 2", "lists ruby", "<p>r</p>", Set.of("art-ruby")));
        outbox.send(new MailMessage("r@example.org", "Your request", "names nobody", "<p>n</p>", Set.of()));
        assertThat(outbox.deleteArtist("art-mara")).isEqualTo(1);
        assertThat(outbox.list()).extracting(FileOutbox.Entry::subject)
                .containsExactlyInAnyOrder("Notice 2", "Your request");
        assertThat(outbox.clear()).isEqualTo(2);
        assertThat(outbox.list()).isEmpty();
    }

    @Test
    void onlyWellFormedIdsAreOpened() {
        assertThat(outbox(NOW).message("../../etc/passwd")).isEmpty();
        assertThat(outbox(NOW).message("20261207T100000-000000000000.eml")).isEmpty();
    }
}
