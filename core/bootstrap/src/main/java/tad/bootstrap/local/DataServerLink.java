package tad.bootstrap.local;

import java.net.URI;

/**
 * One process's use of the local data server: where DynamoDB Local answers, and the control client. Closing it
 * tells the server this process is done (a killed process is noticed without it).
 */
public final class DataServerLink implements AutoCloseable {
    private final DataServerInfo info;
    private final DataServerClient control;
    private final Runnable onClose;

    DataServerLink(DataServerInfo info, Runnable onClose) {
        this.info = info;
        this.control = new DataServerClient(info);
        this.onClose = onClose;
    }

    public URI dynamoEndpoint() {
        return info.dynamoEndpoint();
    }

    public DataServerClient control() {
        return control;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
