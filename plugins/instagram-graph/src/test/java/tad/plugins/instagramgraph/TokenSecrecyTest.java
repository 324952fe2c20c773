package tad.plugins.instagramgraph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tad.core.http.PoliteHttpClient;
import tad.core.logging.CapturedLogs;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.SourceException;

/**
 * The access token never leaves the Authorization header: not in a log line at any level (the host's HTTP client
 * included), an exception message, a failure detail or the configuration's string form, whatever Meta answers,
 * including an error that echoes the token back ("Malformed access token ...").
 */
class TokenSecrecyTest {
    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(
            com.github.tomakehurst.wiremock.core.WireMockConfiguration.options().dynamicPort()).build();
    private static final List<String> ANSWERS = List.of("discovery-business.json", "error-110-not-professional.json",
            "error-190-expired.json", "error-190-malformed.json", "error-4-app-limit.json", "error-17-user-limit.json",
            "error-32-page-limit.json", "error-613-custom-limit.json", "error-80002-instagram-limit.json",
            "error-2-transient.json", "error-10-permission.json", "error-100-33-user-id.json");

    @Test
    void theTokenAppearsNowhereWhateverMetaAnswers() throws Exception {
        List<String> texts = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.start(Level.TRACE); PoliteHttpClient http = GraphTests.http()) {
            for (String answer : ANSWERS) {
                graph.stubFor(get(urlPathEqualTo("/v26.0/" + GraphTests.USER_ID)).willReturn(aResponse()
                        .withStatus(answer.startsWith("discovery") ? 200 : 400)
                        .withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withBody(GraphTests.fixture(answer))));
                ManualTime time = new ManualTime();
                PluginContext context = GraphTests.context(http, URI.create(graph.baseUrl()), time);
                try {
                    ProfileResult result = new GraphProfileSource(time).fetchProfile("mara.inkwell", context);
                    texts.add(result.toString());
                } catch (SourceException e) {
                    texts.add(e.getMessage());
                    texts.add(e.failure().toString());
                }
                texts.add(GraphConfig.from(context.config()).toString());
            }
            texts.addAll(logs.lines());
        }
        assertThat(GraphTests.fixture("error-190-malformed.json")).as("the fixture does echo the token")
                .contains(GraphTests.TOKEN);
        assertThat(texts).isNotEmpty().noneMatch(t -> t.contains(GraphTests.TOKEN))
                .noneMatch(t -> t.contains(GraphTests.TOKEN.substring(3, 20)));
        assertThat(String.join("\n", texts)).contains("accessToken=******");
    }
}
