package tad.plugins.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tad.plugin.Failure;
import tad.plugin.HttpResponse;

/** Cases WireMock cannot easily stage: a host that followed the redirect itself. */
class ResponseClassifierTest {
    private static final URI API = URI.create("https://www.instagram.com/api/v1/users/web_profile_info/?username=x");
    private static final URI LOGIN = URI.create("https://www.instagram.com/accounts/login/?next=%2Fx%2F");

    @Test
    void aFollowedRedirectThatEndedOnTheLoginPageIsALoginWall() {
        HttpResponse followed = new HttpResponse(200, Map.of("content-type", List.of("text/html")),
                "<html></html>".getBytes(StandardCharsets.UTF_8), LOGIN, List.of(API));

        assertThat(ResponseClassifier.classify(followed)).isEqualTo(new ResponseClassifier.Outcome.Failed(
                Failure.of(Failure.Reason.LOGIN_WALL, "redirected to the login page")));
    }

    @Test
    void anHtmlPageThatIsNotTheLoginPageIsAnUnexpectedFormat() {
        HttpResponse html = new HttpResponse(200, Map.of("content-type", List.of("text/html; charset=utf-8")),
                "<html><title>Instagram</title></html>".getBytes(StandardCharsets.UTF_8), API, List.of());

        assertThat(ResponseClassifier.classify(html)).isEqualTo(new ResponseClassifier.Outcome.Failed(
                Failure.of(Failure.Reason.UNEXPECTED_FORMAT, "an HTML page was served instead of JSON")));
    }

    @Test
    void aJsonAnswerIsHandedOnForParsing() {
        byte[] body = "{\"data\":{\"user\":null},\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse json = new HttpResponse(200, Map.of("content-type", List.of("application/json")), body, API,
                List.of());

        assertThat(ResponseClassifier.classify(json)).isInstanceOfSatisfying(ResponseClassifier.Outcome.JsonBody.class,
                b -> assertThat(b.body()).isEqualTo(body));
    }
}
