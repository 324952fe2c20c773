package tad.queue.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedrivePolicyTest {

    @Test
    void theCountMayBeANumberOrAString() {
        String arn = "arn:aws:sqs:eu-west-2:123456789012:tad-dev-dead-letters";
        RedrivePolicy asNumber = RedrivePolicy.parse("{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":5}");
        RedrivePolicy asText = RedrivePolicy.parse("{\"deadLetterTargetArn\":\"" + arn + "\",\"maxReceiveCount\":\"5\"}");
        assertThat(asNumber).isEqualTo(asText);
        assertThat(asNumber.maxReceiveCount()).isEqualTo(5);
        assertThat(asNumber.queueName()).isEqualTo("tad-dev-dead-letters");
        assertThat(asNumber.accountId()).isEqualTo("123456789012");
    }

    @Test
    void aPolicyWithoutTargetOrCountIsRefused() {
        assertThatThrownBy(() -> RedrivePolicy.parse("{\"maxReceiveCount\":5}"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RedrivePolicy.parse("not json")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyAmazonHostsUseTheSdkEndpoint() {
        assertThat(SqsClients.isAws(URI.create("https://sqs.eu-west-2.amazonaws.com/123456789012/tad-dev-jobs")))
                .isTrue();
        assertThat(SqsClients.isAws(URI.create("http://127.0.0.1:9324/000000000000/tad-jobs"))).isFalse();
    }
}
