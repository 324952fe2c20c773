package tad.core.pipeline;

import java.util.List;
import java.util.Optional;
import tad.core.domain.ImageVariant;
import tad.core.domain.PortfolioImage;
import tad.plugin.Failure;
import tad.plugin.PoliteHttp;
import tad.plugin.RemoteImage;

/**
 * Re-hosts an artist's images in our own media store, since source CDN URLs expire and may not be embedded
 * elsewhere. Implementations download each image once, verify it, store web sizes, and remove every stored image of
 * the artist that the request does not ask for: Instagram's part and the studio website's part are mirrored in one
 * call, because they share the artist's media.
 */
public interface ImageMirror {

    Result mirror(String artistId, Request request, PoliteHttp http);

    /**
     * @param previous  every image stored for the artist after the last crawl, Instagram's and the website's (reused
     *                  without downloading)
     * @param instagram Instagram's images and picture, when the profile was fetched in this run
     * @param kept      Instagram's stored images and picture to keep exactly as they are (the profile was not fetched
     *                  this run and what is stored keeps being served)
     * @param website   the work and the portrait the studio's page shows, by their URLs on the site
     */
    record Request(List<PortfolioImage> previous, Wanted instagram, Kept kept, Wanted website) {
        public Request {
            previous = List.copyOf(previous);
        }
    }

    /** Images to have, by their source URLs: the complete list of a part. */
    record Wanted(List<RemoteImage> images, Optional<String> picture) {
        public static final Wanted NONE = new Wanted(List.of(), Optional.empty());

        public Wanted {
            images = List.copyOf(images);
        }

        /** A studio page's images and portrait, each named by {@link #siteSourceId}. */
        public static Wanted ofSite(List<String> imageUrls, Optional<String> portraitUrl) {
            return new Wanted(imageUrls.stream().distinct()
                    .map(url -> new RemoteImage(siteSourceId(url), url, false, Optional.empty(), "")).toList(),
                    portraitUrl);
        }
    }

    /**
     * The source id of an image on a studio's site: {@code site:} and its URL without query or fragment, since
     * site builders' CDNs vary the query for one picture (Squarespace's {@code ?format=1000w}).
     */
    static String siteSourceId(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return "site:" + (end < 0 ? url : url.substring(0, end));
    }

    /** Stored images to keep untouched: neither downloaded nor removed. */
    record Kept(List<PortfolioImage> images, Optional<ImageVariant> picture) {
        public static final Kept NONE = new Kept(List.of(), Optional.empty());

        public Kept {
            images = List.copyOf(images);
        }
    }

    /**
     * The artist's images as stored now, per source, and per-image failures.
     *
     * @param instagram the fetched (or kept) Instagram images and profile picture
     * @param website   the website's mirrored work and portrait
     */
    record Result(List<PortfolioImage> instagram, Optional<ImageVariant> profilePicture, List<PortfolioImage> website,
                  Optional<PortfolioImage> portrait, List<Failure> failures) {
        public Result {
            instagram = List.copyOf(instagram);
            website = List.copyOf(website);
            failures = List.copyOf(failures);
        }
    }

    /** Mirrors nothing (kept images stay as they are): for runs that only refresh text, and the style evaluation. */
    ImageMirror NONE = (artistId, request, http) -> new Result(request.kept().images(), request.kept().picture(),
            List.of(), Optional.empty(), List.of());
}
