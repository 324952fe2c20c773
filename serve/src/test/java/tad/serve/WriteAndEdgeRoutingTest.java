package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The removal-request and cross-cutting cases in memory, without a socket. */
@RoutingTest
class WriteAndEdgeRoutingTest extends WriteAndEdgeCases {
    WriteAndEdgeRoutingTest(DirectClient client) {
        super(client);
    }
}
