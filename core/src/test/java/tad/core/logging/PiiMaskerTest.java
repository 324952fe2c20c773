package tad.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMaskerTest {

    @Test
    void emailsAreMasked() {
        String line = PiiMasker.mask("removal request from Ada.Lovelace+tad@mail.example.co.uk accepted");

        assertThat(line).doesNotContain("Lovelace").doesNotContain("example").doesNotContain("@")
                .matches("removal request from a~[0-9a-f]{8} accepted");
    }

    @Test
    void instagramProfileUrlsAreMaskedButKeepTheirShape() {
        String line = PiiMasker.mask("see https://www.instagram.com/some.artist/ and instagram.com/stories/ink_joe");

        assertThat(line).doesNotContain("some.artist").doesNotContain("ink_joe")
                .matches("see https://www\\.instagram\\.com/s~[0-9a-f]{8}/ and instagram\\.com/stories/i~[0-9a-f]{8}");
    }

    @Test
    void instagramPathsThatAreNotProfilesAreLeftReadable() {
        String line = "GET https://www.instagram.com/p/CxAbc123/ and instagram.com/api/v1/users/";

        assertThat(PiiMasker.mask(line)).isEqualTo(line);
    }

    @Test
    void usernameQueryParametersAreMaskedOnAnyHost() {
        String line = PiiMasker.mask(
                "429 from http://127.0.0.1:8080/api/v1/users/web_profile_info/?username=some.artist&x=1, retrying");

        assertThat(line).doesNotContain("some.artist")
                .matches(".*web_profile_info/\\?username=s~[0-9a-f]{8}&x=1, retrying");
    }

    @Test
    void mentionsAreMasked() {
        String line = PiiMasker.mask("caption credits @ink.joe and (@Mary_Tattoo)");

        assertThat(line).doesNotContainIgnoringCase("ink.joe").doesNotContainIgnoringCase("mary_tattoo")
                .matches("caption credits @i~[0-9a-f]{8} and \\(@m~[0-9a-f]{8}\\)");
    }

    @Test
    void aHandleMasksTheSameWayInEveryForm() {
        String wrapped = Pii.handle("Some.Artist").toString().substring("handle:".length());

        assertThat(PiiMasker.mask("@some.artist")).isEqualTo("@" + wrapped);
        assertThat(PiiMasker.mask("instagram.com/Some.Artist")).isEqualTo("instagram.com/" + wrapped);
        assertThat(PiiMasker.mask("?username=some.artist")).isEqualTo("?username=" + wrapped);
    }

    @Test
    void linesWithoutPersonalDataAreReturnedAsTheyAre() {
        String line = "crawl finished: 12 studios, 40 artists, 3 failed (THROTTLED)";

        assertThat(PiiMasker.mask(line)).isSameAs(line);
        assertThat(PiiMasker.mask(null)).isNull();
    }

    @Test
    void maskingIsCheap() {
        String withPii = "fetched https://www.instagram.com/some.artist/ for ada@example.org (@ink.joe)";
        String without = "stored 12 images for artist a-17 in 35 ms";
        for (int i = 0; i < 20_000; i++) {
            PiiMasker.mask(withPii);
            PiiMasker.mask(without);
        }
        long start = System.nanoTime();
        int rounds = 100_000;
        for (int i = 0; i < rounds; i++) {
            PiiMasker.mask(withPii);
            PiiMasker.mask(without);
        }
        double microsPerPair = (System.nanoTime() - start) / 1_000.0 / rounds;
        System.out.printf("PiiMasker: %.2f us per line with PII plus one without%n", microsPerPair);
        // a generous bound for a shared 2-core machine: the point is "no recompiling, no pathological regex"
        assertThat(microsPerPair).isLessThan(200);
    }
}
