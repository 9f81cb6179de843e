package doorstep.testing;

import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviews;
import io.micronaut.http.HttpRequest;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Makes a possible match: two incidents about children born the same day whose given names differ a
 * little. Set {@code doorstep.people.confident-weight} high and {@code possible-weight} to 0 so every
 * such pair waits for a person, as MatchReviewTest does.
 */
public final class PossibleMatches {

    private PossibleMatches() {
    }

    /** The id of the review that asks whether the second child is the first. */
    public static UUID between(Api api, EmulatorUsers.SignedIn mashStaff, Referrer officer, String firstName,
                               String secondName, LocalDate born) {
        officer.refer(Captures.incident(firstName, born, 2));
        UUID second = officer.refer(Captures.incident(secondName, born, 2));
        UUID child = Referrer.openContact(api, mashStaff, second).getChildNetworks().get(0).getPerson().getPersonId();
        return api.call(HttpRequest.GET("/v1/people/reviews?limit=200"), mashStaff, MatchReviews.class).getReviews()
                .stream()
                .map(r -> api.call(HttpRequest.GET("/v1/people/reviews/" + r.getReviewId()), mashStaff, MatchReview.class))
                .filter(r -> r.getMention().getPersonId().equals(child))
                .findFirst().orElseThrow().getReviewId();
    }
}
