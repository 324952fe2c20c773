package tad.serve;

import io.helidon.webclient.http1.Http1Client;
import io.helidon.webserver.testing.junit5.ServerTest;

/** The removal-request and cross-cutting cases over a real port. */
@ServerTest
class WriteAndEdgeServerTest extends WriteAndEdgeCases {
    WriteAndEdgeServerTest(Http1Client client) {
        super(client);
    }
}
