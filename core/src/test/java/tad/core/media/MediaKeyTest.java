package tad.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MediaKeyTest {

    @Test
    void aKeyExposesItsParts() {
        MediaKey key = MediaKey.of("artist-7", "CxAbc_1.2", "large", "WEBP");

        assertThat(key.value()).isEqualTo("artists/artist-7/CxAbc_1.2/large.webp");
        assertThat(key.artistId()).isEqualTo("artist-7");
        assertThat(key.imageId()).isEqualTo("CxAbc_1.2");
        assertThat(key.size()).isEqualTo("large");
        assertThat(key.contentType()).isEqualTo("image/webp");
        assertThat(MediaKey.of("a", "b", "thumb", "jpg").contentType()).isEqualTo("image/jpeg");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "artists/../secret/thumb.webp",
        "artists/a/../thumb.webp",
        "artists/a/./thumb.webp",
        "artists/a/b/../../../etc.webp",
        "/artists/a/b/thumb.webp",
        "artists/a/b/thumb.webp/",
        "artists//b/thumb.webp",
        "artists/a/b/thumb.exe",
        "artists/a/b/thumb.webp\u0000.png",
        "artists/a\\..\\b/c/thumb.webp",
        "artists/%2e%2e/b/thumb.webp",
        "other/a/b/thumb.webp",
        "artists/.hidden/b/thumb.webp",
        "",
    })
    void unsafeOrForeignKeysAreRejected(String text) {
        assertThatThrownBy(() -> MediaKey.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unsafeIdsAreRejectedWhenBuildingKeys() {
        assertThatThrownBy(() -> MediaKey.of("..", "b", "thumb", "webp")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaKey.of("a", "b/c", "thumb", "webp"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MediaKey.artistPrefix(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
