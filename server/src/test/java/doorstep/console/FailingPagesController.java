package doorstep.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.util.UUID;

/** Console pages that fail on purpose, for the error page specifications (on the test classpath only). */
@Controller("/console/failing")
class FailingPagesController {

    /** Holds a child's name, as a careless exception might: it must reach neither the page nor the response. */
    static final String CHILD_NAME_IN_EXCEPTION = "Zebedee Quill";

    @Get("/contacts/{id}")
    HttpResponse<?> contact(HttpRequest<?> request, UUID id) {
        throw new ConsolePageNotFound();
    }

    @Post(value = "/forms", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> form(int children) {
        return HttpResponse.noContent();
    }

    @Get("/crash")
    HttpResponse<?> crash() {
        throw new IllegalStateException("could not show " + CHILD_NAME_IN_EXCEPTION);
    }
}
