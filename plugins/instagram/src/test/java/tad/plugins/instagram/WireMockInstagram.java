package tad.plugins.instagram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import tad.plugin.PluginContext;
import tad.plugin.ProfileResult;
import tad.plugin.SourceException;

/** Shared WireMock plumbing: the web_profile_info route for one handle, and a fetch against the mock. */
final class WireMockInstagram {
    static final String PROFILE_PATH = "/api/v1/users/web_profile_info/";

    private WireMockInstagram() {
    }

    static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig()
                        .dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    static MappingBuilder profile(String handle) {
        return get(urlPathEqualTo(PROFILE_PATH)).withQueryParam("username", equalTo(handle));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    static ProfileResult fetch(WireMockExtension wm, String handle, String... config) throws SourceException {
        PluginContext context = TestContexts.against(URI.create(wm.baseUrl()), config);
        return new InstagramProfileSource().fetchProfile(handle, context);
    }
}
