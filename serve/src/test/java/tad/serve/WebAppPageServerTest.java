package tad.serve;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The profile page's first view over a real port. */
@ServerTest
class WebAppPageServerTest extends WebAppPageCases {
    WebAppPageServerTest(Http1Client client) {
        super(client);
    }
}
