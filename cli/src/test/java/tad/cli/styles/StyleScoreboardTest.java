package tad.cli.styles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StyleScoreboardTest {

    @Test
    void microAveragesOverEveryStyleDecision() {
        StyleScoreboard board = new StyleScoreboard();
        board.add("a", "", Set.of("realism", "black-and-grey"), Set.of("realism"));
        board.add("b", "", Set.of("traditional"), Set.of("traditional", "tribal"));
        board.add("c", "", Set.of(), Set.of());

        assertThat(board.micro()).isEqualTo(new StyleScoreboard.Counts(2, 1, 1));
        assertThat(board.micro().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(board.style("tribal").precision()).isZero();
        assertThat(board.style("tribal").recall()).isNaN();
        assertThat(board.style("black-and-grey").f1()).isZero();
    }

    @Test
    void listsTheWorstProfilesFirst() {
        StyleScoreboard board = new StyleScoreboard();
        board.add("one-wrong", "", Set.of("realism"), Set.of());
        board.add("right", "", Set.of("dotwork"), Set.of("dotwork"));
        board.add("two-wrong", "", Set.of("japanese"), Set.of("tribal"));

        assertThat(board.worst(5)).extracting(StyleScoreboard.Miss::source).containsExactly("two-wrong", "one-wrong");
        assertThat(board.worst(1)).hasSize(1);
    }
}
