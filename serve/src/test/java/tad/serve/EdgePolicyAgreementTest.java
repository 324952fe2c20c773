package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pages get the same Content-Security-Policy behind CloudFront (the edge module's response headers policy, for
 * the static export from S3) as from {@code ./tad serve}: the inline scripts the pages need (Next.js's bootstrap, the
 * paint-first loader) and the map's tiles are allowed in both or in neither.
 */
class EdgePolicyAgreementTest {
    private static final Path EDGE = Path.of("../terraform/modules/edge/main.tf");

    @Test
    void cloudFrontSendsTheServersPagePolicy() throws IOException {
        Matcher policy = Pattern.compile("content_security_policy\\s*=\\s*\"([^\"]+)\"")
                .matcher(Files.readString(EDGE, StandardCharsets.UTF_8));

        assertThat(policy.find()).as("a content_security_policy in " + EDGE).isTrue();
        assertThat(policy.group(1)).isEqualTo(SecurityHeaders.pagePolicy(false));
    }
}
