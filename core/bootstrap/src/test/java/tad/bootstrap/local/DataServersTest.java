package tad.bootstrap.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tad.core.config.RawConfig;
import tad.core.config.TadConfig;
import tad.store.dynamodb.DynamoConnection;

/** Finding, sharing and replacing a data directory's data server (in this JVM; MultiProcessIT does it detached). */
class DataServersTest {
    @TempDir
    Path data;

    @Test
    void usesInOneProcessShareOneServerWhichStopsWithTheLast() {
        TadConfig config = config();
        DataServerFiles files = new DataServerFiles(data);
        try (DataServerLink first = DataServers.connect(config)) {
            try (DataServerLink second = DataServers.connect(config)) {
                assertThat(second.dynamoEndpoint()).isEqualTo(first.dynamoEndpoint());
                assertThat(files.serverRunning()).isTrue();
            }
            try (DynamoConnection store = DynamoConnection.local(first.dynamoEndpoint(), "TattooDirectory")) {
                assertThat(store.client().listTables().tableNames()).contains("TattooDirectory");
            }
            assertThat(first.control().sync()).isNotNegative();
        }
        assertThat(files.serverRunning()).as("the last use stopped it").isFalse();
        assertThat(files.readInfo()).as("a clean stop leaves no address").isEmpty();
    }

    @Test
    void whatAKilledServerLeftIsRecognisedAndItsPortsAndTokenTakenAgain() {
        DataServerFiles files = new DataServerFiles(data);
        DataServerInfo killed;
        try (DataServerLink link = DataServers.connect(config())) {
            killed = files.readInfo().orElseThrow();
        }
        // as kill -9 leaves it: the address file, and nobody holding the lock
        files.writeInfo(killed);
        assertThat(files.serverRunning()).isFalse();
        try (DataServerLink link = DataServers.connect(config())) {
            DataServerInfo now = files.readInfo().orElseThrow();
            assertThat(now.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(now.token()).isEqualTo(killed.token());
            assertThat(now.dynamoPort()).isEqualTo(killed.dynamoPort());
            assertThat(new DataServerClient(now).healthy(Duration.ofSeconds(30))).isTrue();
        }
    }

    @Test
    void theControlEndpointRefusesAWrongToken() {
        try (DataServerLink link = DataServers.connect(config())) {
            DataServerInfo info = new DataServerFiles(data).readInfo().orElseThrow();
            DataServerClient intruder = new DataServerClient(new DataServerInfo(info.pid(), info.dynamoPort(),
                    info.controlPort(), "not-the-token"));
            assertThat(intruder.healthy(Duration.ofSeconds(30))).isFalse();
            assertThat(link.control().healthy(Duration.ofSeconds(30))).isTrue();
        }
    }

    private TadConfig config() {
        return TadConfig.parse(RawConfig.load(Optional.empty(), Map.of("TAD_DATA_DIR", data.toString(),
                "TAD_DATA_SERVER", "in-process"), Map.of()));
    }
}
