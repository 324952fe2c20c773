package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The search page's first view and head in memory, without a socket. */
@RoutingTest
class SearchPageRoutingTest extends SearchPageCases {
    SearchPageRoutingTest(DirectClient client) {
        super(client);
    }
}
