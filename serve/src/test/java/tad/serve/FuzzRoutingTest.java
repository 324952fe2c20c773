package tad.serve;

import io.helidon.webserver.testing.junit5.DirectClient;
import io.helidon.webserver.testing.junit5.RoutingTest;

/** The fuzz cases in memory: many iterations, cheap. */
@RoutingTest
class FuzzRoutingTest extends FuzzCases {
    FuzzRoutingTest(DirectClient client) {
        super(client);
    }

    @Override
    int iterations() {
        return 4000;
    }
}
