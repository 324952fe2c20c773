package tad.bootstrap.local;

import java.net.InetAddress;
import java.net.URI;
import java.util.Properties;

/**
 * How to reach a running data server: its process, DynamoDB Local's loopback port, the control endpoint's port, and
 * the random token the control endpoint asks for (only processes that can read the data directory know it).
 */
record DataServerInfo(long pid, int dynamoPort, int controlPort, String token) {

    URI dynamoEndpoint() {
        return loopback(dynamoPort);
    }

    URI controlEndpoint() {
        return loopback(controlPort);
    }

    private static URI loopback(int port) {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port);
    }

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("dynamodb.port", Integer.toString(dynamoPort));
        p.setProperty("control.port", Integer.toString(controlPort));
        p.setProperty("token", token);
        return p;
    }

    static DataServerInfo from(Properties p) {
        return new DataServerInfo(Long.parseLong(p.getProperty("pid")),
                Integer.parseInt(p.getProperty("dynamodb.port")), Integer.parseInt(p.getProperty("control.port")),
                p.getProperty("token"));
    }
}
