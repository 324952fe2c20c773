package tad.styles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralHashtagRuleTest {

    private final LiteralHashtagRule rule = new LiteralHashtagRule(StyleData.bundled().stopList());

    @Test
    void extractsLowercasesStripsAndStopLists() {
        assertThat(rule.apply("Leeds 📍 #NeoTrad #BNG #tattoo #Leeds #inked bookings open"))
                .containsExactly("neotrad", "bng");
    }

    @Test
    void splitsGluedTagsAndDropsDuplicates() {
        assertThat(rule.apply("#blackwork#dotwork #Blackwork")).containsExactly("blackwork", "dotwork");
    }

    @Test
    void ignoresCaptionsAndPlainWords() {
        assertThat(rule.apply("neo traditional and black and grey")).isEmpty();
        assertThat(rule.apply(null)).isEmpty();
    }
}
