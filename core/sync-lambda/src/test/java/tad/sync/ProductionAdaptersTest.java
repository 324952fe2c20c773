package tad.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tad.core.config.ConfigException;
import tad.core.config.StoreSettings;

/** The function refuses to start without what production needs, before it connects to anything. */
class ProductionAdaptersTest {

    @Test
    void withoutAnOpenSearchUrlTheFunctionDoesNotStart() {
        assertThatThrownBy(() -> ProductionAdapters.fromEnvironment(Map.of(
                "TAD_DENYLIST_SECRET", "a-denylist-secret-for-tests")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TAD_OPENSEARCH_URL");
    }

    @Test
    void withoutTheDenylistSecretTheFunctionDoesNotStart() {
        assertThatThrownBy(() -> ProductionAdapters.fromEnvironment(Map.of(
                "TAD_OPENSEARCH_URL", "https://vpc-tad-dev-abc.eu-west-2.es.amazonaws.com")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TAD_DENYLIST_SECRET");
    }

    @Test
    void withNoEndpointTheStoreIsTheRegionsDynamoDbNotAnEmbeddedOne() {
        StoreSettings store = ProductionAdapters.remoteStore(
                new StoreSettings(Optional.empty(), "TattooDirectory", "eu-west-2"));
        assertThat(store.endpoint()).contains(URI.create("https://dynamodb.eu-west-2.amazonaws.com"));
        assertThat(store.table()).isEqualTo("TattooDirectory");
    }

    @Test
    void aConfiguredEndpointIsKept() {
        URI local = URI.create("http://127.0.0.1:8000");
        assertThat(ProductionAdapters.remoteStore(new StoreSettings(Optional.of(local), "T", "eu-west-2"))
                .endpoint()).contains(local);
    }
}
