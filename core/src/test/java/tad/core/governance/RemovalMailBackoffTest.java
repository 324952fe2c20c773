package tad.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemovalMailBackoffTest {

    @Test
    void theWaitDoublesFromAMinuteUpToSixHoursSoTwelveAttemptsSpanAboutADay() {
        assertThat(RemovalMail.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RemovalMail.backoff(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RemovalMail.backoff(8)).isEqualTo(Duration.ofMinutes(256));
        assertThat(RemovalMail.backoff(9)).isEqualTo(Duration.ofHours(6));
        assertThat(RemovalMail.backoff(63)).isEqualTo(Duration.ofHours(6));
        Duration total = Duration.ZERO;
        for (int failed = 0; failed < RemovalMail.MAX_ATTEMPTS - 1; failed++) {
            total = total.plus(RemovalMail.backoff(failed));
        }
        assertThat(total).isBetween(Duration.ofHours(18), Duration.ofHours(30));
    }
}
