package tad.serve;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The fuzz cases over a real socket, so Helidon's own request parsing is in the loop too. */
@ServerTest
class FuzzServerTest extends FuzzCases {
    FuzzServerTest(Http1Client client) {
        super(client);
    }

    @Override
    int iterations() {
        return 1500;
    }
}
