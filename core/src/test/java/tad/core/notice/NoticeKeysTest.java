package tad.core.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tad.core.denylist.DenylistKey;

class NoticeKeysTest {
    private final NoticeKeys keys = new NoticeKeys(new DenylistKey("a-secret-of-sixteen-bytes+".getBytes(
            StandardCharsets.UTF_8)));

    @Test
    void hashesAreKeyedStableCaseBlindForAddressesAndSayNothingReadable() {
        String a = keys.recipient("studio-1", "Hello@Inkwell.example ");
        assertThat(a).isEqualTo(keys.recipient("studio-1", "hello@inkwell.example")).matches("[0-9a-f]{64}")
                .doesNotContain("inkwell");
        assertThat(keys.recipient("studio-2", "hello@inkwell.example")).isNotEqualTo(a);
        assertThat(keys.recipient("studio-1", "other@inkwell.example")).isNotEqualTo(a);
        NoticeKeys otherKey = new NoticeKeys(new DenylistKey("another-secret-16-bytes!!".getBytes(
                StandardCharsets.UTF_8)));
        assertThat(otherKey.recipient("studio-1", "hello@inkwell.example")).isNotEqualTo(a);
        assertThat(keys.artist("a1")).isNotEqualTo(keys.recipient("a1", "")).hasSize(64);
    }
}
