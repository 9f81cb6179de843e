package doorstep.console;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * GOV.UK Frontend's CSS, JavaScript, fonts and images hold no personal data and change only with its
 * version, so browsers and proxies may keep them for a day instead of fetching them on every page. Every
 * other console response is a page about children and stays no-store (the edge's default).
 */
@ServerFilter("/console/assets/**")
class AssetCaching {

    static final String CACHE_CONTROL = "public, max-age=86400";

    @ResponseFilter
    void allowCaching(MutableHttpResponse<?> response) {
        if (response.code() < 400) {
            response.getHeaders().set(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
    }
}
