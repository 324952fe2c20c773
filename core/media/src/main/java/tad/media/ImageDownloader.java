package tad.media;

import java.net.URI;
import java.util.Map;
import tad.plugin.Failure;
import tad.plugin.HttpFailure;
import tad.plugin.HttpResponse;
import tad.plugin.PoliteHttp;
import tad.plugin.RequestOptions;

/** Fetches image bytes through the shared polite client, turning every way it can go wrong into a rejection. */
final class ImageDownloader {

    /** Ask for what we can decode; a CDN then never picks AVIF or HEIC for us. */
    private static final Map<String, String> HEADERS =
            Map.of("Accept", "image/webp,image/jpeg,image/png,image/gif;q=0.8");

    private final PoliteHttp http;
    private final RequestOptions options;

    ImageDownloader(PoliteHttp http, long maxBytes) {
        this.http = http;
        this.options = RequestOptions.media(maxBytes);
    }

    byte[] download(String url) throws ImageRejected {
        URI uri = parse(url);
        HttpResponse response;
        try {
            response = http.get(uri, HEADERS, options);
        } catch (HttpFailure failure) {
            throw new ImageRejected(failure.failure().reason(), failure.failure().detail());
        }
        if (response.status() == 404 || response.status() == 410) {
            throw new ImageRejected(Failure.Reason.NOT_FOUND, "image is gone (HTTP " + response.status() + ")");
        }
        if (!response.isSuccess()) {
            throw new ImageRejected(Failure.Reason.HTTP_ERROR, "image download answered HTTP " + response.status());
        }
        return response.body();
    }

    private static URI parse(String url) throws ImageRejected {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new ImageRejected(Failure.Reason.UNEXPECTED_FORMAT, "image URL is not http(s)");
            }
            return uri;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new ImageRejected(Failure.Reason.UNEXPECTED_FORMAT, "image URL does not parse");
        }
    }
}
