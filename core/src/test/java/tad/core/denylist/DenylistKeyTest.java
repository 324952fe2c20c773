package tad.core.denylist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.config.Secret;

class DenylistKeyTest {
    @TempDir
    Path dir;

    @Test
    void hashesAreKeyedStableAndKindQualified() {
        DenylistKey a = new DenylistKey("0123456789abcdef-secret-a".getBytes());
        DenylistKey b = new DenylistKey("0123456789abcdef-secret-b".getBytes());
        assertThat(a.hash("handle", "some.artist")).hasSize(64).isEqualTo(a.hash("handle", "some.artist"))
                .isNotEqualTo(b.hash("handle", "some.artist"))
                .isNotEqualTo(a.hash("artist-id", "some.artist"))
                .doesNotContain("some.artist");
    }

    @Test
    void aSecretIsGeneratedOnceIntoTheDataDirectoryAndReused() throws Exception {
        DenylistKey first = DenylistSecrets.resolve(Optional.empty(), dir);
        DenylistKey second = DenylistSecrets.resolve(Optional.empty(), dir);
        assertThat(first.hash("handle", "x")).isEqualTo(second.hash("handle", "x"));
        assertThat(Files.readString(dir.resolve("denylist.secret")).strip()).matches("[0-9a-f]{64}");
        assertThat(Files.getPosixFilePermissions(dir.resolve("denylist.secret")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        DenylistKey configured = DenylistSecrets.resolve(Optional.of(new Secret("a-configured-secret-value")), dir);
        assertThat(configured.hash("handle", "x")).isNotEqualTo(first.hash("handle", "x"));
    }
}
