package tad.serve;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The search page's first view and head over a real port. */
@ServerTest
class SearchPageServerTest extends SearchPageCases {
    SearchPageServerTest(Http1Client client) {
        super(client);
    }
}
