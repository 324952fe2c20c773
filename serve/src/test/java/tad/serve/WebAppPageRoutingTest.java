package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The profile page's first view in memory, without a socket. */
@RoutingTest
class WebAppPageRoutingTest extends WebAppPageCases {
    WebAppPageRoutingTest(DirectClient client) {
        super(client);
    }
}
