package tad.search.opensearch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Locale;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.aws.AwsSdk2Transport;
import org.opensearch.client.transport.aws.AwsSdk2TransportOptions;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import tad.core.search.SearchIndex;

/**
 * Opens an OpenSearch index for the serving API, the CLI and the stream Lambda. An AWS OpenSearch Service domain with fine-grained access
 * control only accepts requests signed with SigV4 by a mapped IAM role, so a domain endpoint gets the SDK-signing
 * transport; any other URL (a self-managed node, the tests' node) gets plain HTTP(S).
 */
public final class OpenSearchConnections {
    /** The signing name of OpenSearch Service domains (serverless collections would use "aoss"). */
    static final String SIGNING_SERVICE = "es";

    private OpenSearchConnections() {
    }

    public static SearchIndex open(URI url, String indexName, String region) {
        OpenSearchIndexSettings settings = OpenSearchIndexSettings.singleNode(indexName);
        if (!isAwsDomain(url)) {
            return OpenSearchSearchIndex.connect(url, settings);
        }
        return signed(url, region, DefaultCredentialsProvider.builder().build(), Apache5HttpClient.create(), settings);
    }

    /** AWS OpenSearch Service domain endpoints, public or in a VPC: {@code *.<region>.es.amazonaws.com}. */
    public static boolean isAwsDomain(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return "https".equals(url.getScheme()) && host.endsWith(".es.amazonaws.com");
    }

    /** A client whose every request is SigV4-signed; the transport always speaks HTTPS to {@code host[:port]}. */
    public static OpenSearchSearchIndex signed(URI url, String region, AwsCredentialsProvider credentials,
                                        SdkHttpClient http, OpenSearchIndexSettings settings) {
        String host = url.getPort() == -1 ? url.getHost() : url.getHost() + ":" + url.getPort();
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        AwsSdk2Transport transport = new AwsSdk2Transport(http, host, SIGNING_SERVICE, Region.of(region),
                AwsSdk2TransportOptions.builder().setCredentials(credentials)
                        .setMapper(new JacksonJsonpMapper(json)).build());
        // callers keep this client for the life of the process (a Lambda container, a server), so nothing closes it
        return new OpenSearchSearchIndex(new OpenSearchClient(transport), settings);
    }
}
