package doorstep.console.internal;

import java.util.List;

/**
 * What a console error page says, in the GOV.UK pattern's words. Fixed text only: an error page never
 * repeats anything from the request.
 */
public record ErrorPage(String heading, List<String> paragraphs) {

    public static final ErrorPage PAGE_NOT_FOUND = new ErrorPage("Page not found", List.of(
            "If you typed the web address, check it is correct.",
            "If you pasted the web address, check you copied the entire address.",
            "If the web address is correct or you selected a link or button, go back to the queue and find the contact there."));

    public static final ErrorPage SERVICE_PROBLEM = new ErrorPage("Sorry, there is a problem with the service", List.of(
            "Try again later.",
            "If you were sending a form, check on the contact whether your change was saved before you send it again."));

    public static final ErrorPage FORM_FROM_ANOTHER_SITE = new ErrorPage("This form was not sent from Doorstep", List.of(
            "Your browser says the form came from another website, so nothing was changed.",
            "Go to the queue and do it again from there."));

    public static final ErrorPage UNREADABLE_REQUEST = new ErrorPage("Sorry, there is a problem with the service", List.of(
            "The service could not read what your browser sent.",
            "Go back, reload the page and try again."));
}
