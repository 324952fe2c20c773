package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The read API cases in memory, without a socket. */
@RoutingTest
class ReadApiRoutingTest extends ReadApiCases {
    ReadApiRoutingTest(DirectClient client) {
        super(client);
    }
}
