package tad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.common.socket.SocketOptions;
import org.junit.jupiter.api.Test;

/**
 * The socket options of every connection the real server accepts ({@link ServeApp#start}). Helidon's defaults leave
 * Nagle on, which turned each search page over 8 KiB into a 40 ms wait on the client's delayed ACK
 * (docs/benchmarks.md, issue 20).
 */
class ServerSocketOptionsTest {

    @Test
    void acceptedConnectionsSendEveryWriteAtOnce() {
        SocketOptions options = ServeApp.config(0, TestWorld.get().deps).connectionOptions();

        assertThat(options.tcpNoDelay()).as("TCP_NODELAY: no response tail held back by Nagle").isTrue();
    }
}
