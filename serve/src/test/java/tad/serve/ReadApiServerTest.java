package tad.serve;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The read API cases over a real port. */
@ServerTest
class ReadApiServerTest extends ReadApiCases {
    ReadApiServerTest(Http1Client client) {
        super(client);
    }
}
