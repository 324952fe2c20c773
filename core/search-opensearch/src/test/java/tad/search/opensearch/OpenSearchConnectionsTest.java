package tad.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;

/**
 * Which OpenSearch URLs get SigV4 signing, and that signed requests really carry an AWS signature for the "es"
 * service: checked against a local HTTPS server (the AWS transport only speaks HTTPS) that records what it gets.
 */
class OpenSearchConnectionsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void onlyAwsOpenSearchServiceDomainsAreSigned() {
        assertThat(OpenSearchConnections.isAwsDomain(
                URI.create("https://vpc-tad-prod-abc123.eu-west-2.es.amazonaws.com"))).isTrue();
        assertThat(OpenSearchConnections.isAwsDomain(
                URI.create("https://search-tad-dev-abc123.eu-west-2.es.amazonaws.com:443"))).isTrue();
        assertThat(OpenSearchConnections.isAwsDomain(URI.create("http://127.0.0.1:9200"))).isFalse();
        assertThat(OpenSearchConnections.isAwsDomain(URI.create("https://search.example.org"))).isFalse();
    }

    @Test
    void everyRequestToADomainIsSignedWithSigV4ForTheEsService() throws Exception {
        SSLContext tls = selfSignedTls();
        List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> dates = new java.util.concurrent.CopyOnWriteArrayList<>();
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            authorizations.addAll(exchange.getRequestHeaders().getOrDefault("Authorization", List.of()));
            dates.addAll(exchange.getRequestHeaders().getOrDefault("X-Amz-Date", List.of()));
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1); // HEAD /index: the index exists, nothing to create
            } else { // PUT /index/_mapping: the fields added since the index was created
                byte[] ack = "{\"acknowledged\":true}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ack.length);
                exchange.getResponseBody().write(ack);
            }
            exchange.close();
        });
        server.start();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore());
        try (SdkHttpClient http = Apache5HttpClient.builder()
                .tlsTrustManagersProvider(trust::getTrustManagers).build()) {
            OpenSearchConnections.signed(URI.create("https://127.0.0.1:" + server.getAddress().getPort()),
                    "eu-west-2", StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")),
                    http, OpenSearchIndexSettings.singleNode("artists-signed"));
        } finally {
            server.stop(0);
        }

        assertThat(requests).containsExactly("HEAD /artists-signed", "PUT /artists-signed/_mapping");
        assertThat(dates).hasSize(2);
        assertThat(authorizations).hasSize(2).allSatisfy(authorization -> assertThat(authorization)
                .matches("AWS4-HMAC-SHA256 Credential=AKIDTEST/\\d{8}/eu-west-2/es/aws4_request, "
                        + "SignedHeaders=[a-z0-9;-]*host[a-z0-9;-]*, Signature=[0-9a-f]{64}"));
    }

    /** A throwaway certificate for 127.0.0.1, made with the JDK's keytool. */
    private SSLContext selfSignedTls() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-keystore", dir.resolve("server.p12").toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD)).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes())).isZero();
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }

    private KeyStore keyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(dir.resolve("server.p12").toFile())) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
