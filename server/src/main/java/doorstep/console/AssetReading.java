package doorstep.console;

import doorstep.console.internal.ErrorPage;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

/**
 * The console's assets are files to read: Micronaut's static resources would answer any method with the
 * file, and a folder's address with an empty 200. Only GET and HEAD of a file are answered.
 */
@ServerFilter("/console/assets/**")
class AssetReading {

    private final ErrorPageRenderer pages;

    AssetReading(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<String> onlyReadFiles(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return pages.response(request, HttpStatus.METHOD_NOT_ALLOWED, ErrorPage.PAGE_NOT_FOUND).header("Allow", "GET, HEAD");
        }
        if (request.getPath().endsWith("/")) {
            return pages.response(request, HttpStatus.NOT_FOUND, ErrorPage.PAGE_NOT_FOUND);
        }
        return null;
    }
}
