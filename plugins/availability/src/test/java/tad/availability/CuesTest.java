package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tad.plugin.Availability.Kind;

class CuesTest {

    @Test
    void badLinesNameFileAndLine() {
        assertThatThrownBy(() -> Cues.parse("cues.txt", List.of("# c", "walk-ins = \\bwalk ins\\b")))
                .hasMessageContaining("cues.txt:2").hasMessageContaining("walk-ins");
        assertThatThrownBy(() -> Cues.parse("cues.txt", List.of("flash = flash (day")))
                .hasMessageContaining("cues.txt:1").hasMessageContaining("not a regular expression");
    }

    @Test
    void theBundledCuesReadEachKind() {
        Cues cues = Cues.bundled();
        assertThat(cues.find("#booksopen")).extracting(Cues.Hit::kind).containsExactly(Kind.BOOKS_OPEN);
        assertThat(cues.find("books are closed")).extracting(Cues.Hit::kind).containsExactly(Kind.BOOKS_CLOSED);
        assertThat(cues.find("flash sheet done, all available")).extracting(Cues.Hit::kind)
                .containsExactly(Kind.FLASH);
        assertThat(cues.find("guest spotting in Leeds")).extracting(Cues.Hit::kind).containsExactly(Kind.GUEST_SPOT);
        assertThat(cues.find("realistic prices, fine line roses")).isEmpty();
    }
}
