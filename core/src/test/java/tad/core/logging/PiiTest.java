package tad.core.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PiiTest {

    @Test
    void aHandleIsMaskedToItsFirstCharacterAndAShortHash() {
        String masked = Pii.handle("some.artist").toString();

        assertThat(masked).matches("handle:s~[0-9a-f]{8}").doesNotContain("some.artist").doesNotContain("artist");
    }

    @Test
    void theSameHandleMasksTheSameWaySoLinesCorrelate() {
        assertThat(Pii.handle("@Some.Artist").toString()).isEqualTo(Pii.handle("some.artist").toString());
        assertThat(Pii.handle("some.artist").toString()).isNotEqualTo(Pii.handle("other.artist").toString());
    }

    @Test
    void namesEmailsAndTextAreMaskedAndLabelled() {
        assertThat(Pii.name("Ada Lovelace").toString()).matches("name:A~[0-9a-f]{8}");
        assertThat(Pii.email("ada@example.org").toString()).matches("email:a~[0-9a-f]{8}")
                .doesNotContain("example");
        assertThat(Pii.text("a caption about me").toString()).matches("text:a~[0-9a-f]{8}");
    }

    @Test
    void missingValuesStillLogSomething() {
        assertThat(Pii.handle(null).toString()).isEqualTo("handle:~");
        assertThat(Pii.name("").toString()).isEqualTo("name:~");
    }

    @Test
    void theKeyDecidesTheHashSoAPublicHandleListCannotReverseIt() {
        String before = Pii.handle("some.artist").toString();
        Pii.useKey("a-secret-of-at-least-16-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String after = Pii.handle("some.artist").toString();

        assertThat(after).isNotEqualTo(before).startsWith("handle:s~");
        assertThatThrownBy(() -> Pii.useKey(new byte[4])).isInstanceOf(IllegalArgumentException.class);
    }
}
