package tad.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PF4J finds extensions through META-INF/extensions.idx, written by its annotation processor at compile time. */
class ExtensionIndexTest {

    @Test
    void theCompiledClassesIndexTheEnricher() throws IOException {
        List<String> indexed = new ArrayList<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (InputStream in = url.openStream()) {
                indexed.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        assertThat(indexed).contains(AvailabilityEnricher.class.getName());
    }
}
