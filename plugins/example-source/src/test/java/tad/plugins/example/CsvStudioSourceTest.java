package tad.plugins.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tad.plugin.BoundingBox;
import tad.plugin.ConfigSection;
import tad.plugin.PluginContext;
import tad.plugin.SearchArea;
import tad.plugin.SourceException;

class CsvStudioSourceTest {
    @TempDir
    Path dir;

    private static PluginContext context(Optional<String> file) {
        ConfigSection config = new ConfigSection() {
            public Optional<String> string(String name) {
                return name.equals("file") ? file : Optional.empty();
            }

            public int integer(String name, int fallback) {
                return fallback;
            }

            public long longValue(String name, long fallback) {
                return fallback;
            }

            public double decimal(String name, double fallback) {
                return fallback;
            }

            public boolean bool(String name, boolean fallback) {
                return fallback;
            }

            public Duration duration(String name, Duration fallback) {
                return fallback;
            }

            public List<String> list(String name, List<String> fallback) {
                return fallback;
            }
        };
        return new PluginContext(null, config, Clock.systemUTC(), LoggerFactory.getLogger("test"));
    }

    @Test
    void readsStudiosInsideTheAreaAndRecordsMalformedLines() throws Exception {
        Path csv = dir.resolve("studios.csv");
        Files.writeString(csv, """
                id,name,lat,lng,website
                s1,Inside Ink,53.80,-1.55,http://127.0.0.1:1/
                s2,Outside Ink,51.50,-0.12,
                s3,Broken,north,-1.5,
                """);
        var area = new SearchArea("Leeds", "GB", new BoundingBox(-1.8, 53.7, -1.29, 53.95));
        var found = new CsvStudioSource().discover(area, context(Optional.of(csv.toString())));
        assertThat(found.studios()).singleElement().satisfies(s -> {
            assertThat(s.sourceId()).isEqualTo("s1");
            assertThat(s.name().value()).isEqualTo("Inside Ink");
            assertThat(s.websiteUrl()).contains("http://127.0.0.1:1/");
        });
        assertThat(found.failures()).hasSize(1);
    }

    @Test
    void aMissingFileIsFatal() {
        var area = new SearchArea("Leeds", "GB", new BoundingBox(-1.8, 53.7, -1.29, 53.95));
        assertThatThrownBy(() -> new CsvStudioSource().discover(area, context(Optional.empty())))
                .isInstanceOf(SourceException.class).satisfies(e -> assertThat(((SourceException) e).fatal()).isTrue());
    }
}
