package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** HEAD on the GET routes in memory, without a socket. */
@RoutingTest
class HeadRoutingTest extends HeadCases {
    HeadRoutingTest(DirectClient client) {
        super(client);
    }
}
