package tad.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import tad.core.mail.MailException;
import tad.core.mail.MailMessage;
import tad.core.mail.Mailer;

/**
 * The mailer when no mail server is configured (the demo, a laptop): each message becomes one RFC 5322 file
 * ({@code .eml}, openable by any mail client) under {@code data.dir/outbox}, readable only by its owner, listed by
 * {@code tad outbox}.
 *
 * <p>Privacy: these files are the delivered messages, so they hold the recipient's address in clear. They are
 * erased after the retention period (checked whenever the outbox is written or listed), all at once by
 * {@link #clear()}, and a message that names an artist is erased when that artist is purged ({@link #deleteArtist}),
 * so the outbox never outlives the removal it reports. The removal messages name no artist at all.
 */
public final class FileOutbox implements Mailer {
    /** Which artists a message names: read back by {@link #deleteArtist}, never sent to anyone. */
    static final String ARTISTS_HEADER = "X-Tad-Artist-Ids";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final String SUFFIX = ".eml";

    private final Path dir;
    private final InternetAddress from;
    private final Duration retention;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());

    /** One message in the outbox, as {@code tad outbox} lists it. */
    public record Entry(String id, Instant sentAt, String to, String subject) {
    }

    private record Listed(Entry entry, Instant written) {
    }

    public FileOutbox(Path dir, String from, Duration retention, Clock clock) {
        this.dir = dir;
        this.from = MimeMessages.sender(from);
        this.retention = retention;
        this.clock = clock;
    }

    public Path directory() {
        return dir;
    }

    @Override
    public void send(MailMessage message) {
        Instant now = clock.instant();
        MimeMessage mime = MimeMessages.build(session, from, message, now);
        try {
            if (!message.aboutArtists().isEmpty()) {
                mime.setHeader(ARTISTS_HEADER, String.join(",", message.aboutArtists().stream().sorted().toList()));
                mime.saveChanges();
            }
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".writing-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (OutputStream out = Files.newOutputStream(temp)) {
                mime.writeTo(out);
            }
            moveInPlace(temp, dir.resolve(FILE_TIME.format(now) + "-" + randomSuffix() + SUFFIX));
        } catch (IOException e) {
            throw new MailException(MailException.Kind.UNAVAILABLE, "cannot write to the outbox directory ("
                    + e.getClass().getSimpleName() + ")");
        } catch (MessagingException e) {
            throw new MailException(MailException.Kind.REJECTED, "the message cannot be written as MIME");
        }
        eraseExpired();
    }

    /** Messages, newest first (by their Date, then by when the file was written), after erasing expired ones. */
    public List<Entry> list() {
        eraseExpired();
        List<Listed> listed = new ArrayList<>();
        for (Path file : files()) {
            read(file).ifPresent(mime -> listed.add(new Listed(entry(file, mime), written(file))));
        }
        listed.sort(Comparator.comparing((Listed l) -> l.entry().sentAt()).thenComparing(Listed::written).reversed());
        return listed.stream().map(Listed::entry).toList();
    }

    /** The whole message, parsed, by its id (the file name); empty when there is no such message. */
    public Optional<MimeMessage> message(String id) {
        if (!id.matches("[0-9T]{15}-[0-9a-f]{12}\\.eml")) {
            return Optional.empty();
        }
        Path file = dir.resolve(id);
        return Files.isRegularFile(file) ? read(file) : Optional.empty();
    }

    /** Erases every message; returns how many. */
    public int clear() {
        int erased = 0;
        for (Path file : files()) {
            erased += delete(file) ? 1 : 0;
        }
        return erased;
    }

    /** Erases the messages that name the artist (a notice listing them); returns how many. */
    public int deleteArtist(String artistId) {
        int erased = 0;
        for (Path file : files()) {
            boolean names = read(file).map(mime -> artists(mime).contains(artistId)).orElse(false);
            erased += names && delete(file) ? 1 : 0;
        }
        return erased;
    }

    /** Erases messages older than the retention period; returns how many. */
    public int eraseExpired() {
        Instant cutoff = clock.instant().minus(retention);
        int erased = 0;
        for (Path file : files()) {
            if (written(file).isBefore(cutoff)) {
                erased += delete(file) ? 1 : 0;
            }
        }
        return erased;
    }

    /** When the file was written; a file erased meanwhile by another command counts as written now. */
    private Instant written(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException gone) {
            return clock.instant();
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the outbox " + dir, e);
        }
    }

    private Optional<MimeMessage> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(new MimeMessage(session, in));
        } catch (IOException | MessagingException unreadable) {
            return Optional.empty();
        }
    }

    private static Entry entry(Path file, MimeMessage mime) {
        try {
            Instant sent = mime.getSentDate() == null ? Instant.EPOCH : mime.getSentDate().toInstant();
            String to = mime.getRecipients(MimeMessage.RecipientType.TO) == null ? ""
                    : ((InternetAddress) mime.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress();
            return new Entry(file.getFileName().toString(), sent, to, mime.getSubject());
        } catch (MessagingException e) {
            return new Entry(file.getFileName().toString(), Instant.EPOCH, "", "(unreadable)");
        }
    }

    private static List<String> artists(MimeMessage mime) {
        try {
            String[] values = mime.getHeader(ARTISTS_HEADER);
            return values == null ? List.of() : List.of(values[0].split(","));
        } catch (MessagingException e) {
            return List.of();
        }
    }

    private static boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot erase " + file, e);
        }
    }

    private static void moveInPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
