package tad.serve;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Who is calling: the peer's address, or the first X-Forwarded-For entry when the server sits behind our own proxy
 * (CloudFront or a load balancer, which append the real client). Never trust the header otherwise: anyone can set it.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(ServerRequest req, boolean trustForwarded) {
        if (trustForwarded) {
            String forwarded = req.headers().first(HeaderNames.X_FORWARDED_FOR).orElse("");
            String first = forwarded.split(",")[0].strip();
            if (!first.isEmpty() && first.length() <= 45) {
                return first;
            }
        }
        SocketAddress peer = req.remotePeer().address();
        if (peer instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return "unknown";
    }

    /** The address with its host part dropped (IPv4 /24, IPv6 /48), for logs: enough to spot abuse, not a person. */
    static String masked(String address) {
        if (address.indexOf(':') >= 0) {
            String[] groups = address.split(":", -1);
            return groups.length >= 3 ? groups[0] + ":" + groups[1] + ":" + groups[2] + "::" : "::";
        }
        int lastDot = address.lastIndexOf('.');
        return lastDot > 0 ? address.substring(0, lastDot) + ".0" : "unknown";
    }
}
