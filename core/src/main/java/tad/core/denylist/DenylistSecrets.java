package tad.core.denylist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import tad.core.config.Secret;

/** Resolves the denylist secret: the configured one, or one generated once into the data directory. */
public final class DenylistSecrets {
    static final String FILE_NAME = "denylist.secret";

    private DenylistSecrets() {
    }

    public static DenylistKey resolve(Optional<Secret> configured, Path dataDir) {
        if (configured.isPresent()) {
            return new DenylistKey(configured.get().value().getBytes(StandardCharsets.UTF_8));
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                generate(file);
            }
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new DenylistKey(HexFormat.of().parseHex(hex));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the denylist secret in " + dataDir, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " is not a hex secret; restore it or set TAD_DENYLIST_SECRET", e);
        }
    }

    private static void generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system: the data directory's own permissions protect it
        }
        Files.writeString(tmp, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
        try {
            // two processes starting at once: the first move wins and both read the same secret
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp);
        }
    }
}
