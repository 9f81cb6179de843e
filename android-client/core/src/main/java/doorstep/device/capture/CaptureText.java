package doorstep.device.capture;

import doorstep.contract.TextRule;
import doorstep.device.api.model.Adult;
import doorstep.device.api.model.Child;
import doorstep.device.api.model.ChildVoice;
import doorstep.device.api.model.DomesticAbuseIncident;
import doorstep.device.api.model.PersonName;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.RiskMarkerRequest;
import java.util.List;
import javax.annotation.Nullable;

/**
 * Holds every piece of text in an incident to the contract's rule for it ({@link TextRule}), as the
 * server will: a hidden character pasted into a name is caught here, while the officer can retype it,
 * not refused at sync after they have left. Which fields may keep line breaks is the contract's
 * {@code x-multiline}.
 */
final class CaptureText {

    private final List<String> problems;

    private CaptureText(List<String> problems) {
        this.problems = problems;
    }

    static void check(DomesticAbuseIncident incident, List<String> problems) {
        CaptureText text = new CaptureText(problems);
        text.multi(incident.getNarrative(), "what happened");
        Place place = incident.getPlace();
        if (place != null) {
            text.single(place.getAddressLine(), "the address");
            text.single(place.getTown(), "the town");
            text.single(place.getPostcode(), "the postcode");
            text.multi(place.getDescription(), "the description of the place");
        }
        List<Child> children = incident.getChildren() == null ? List.of() : incident.getChildren();
        for (int i = 0; i < children.size(); i++) {
            text.child(children.get(i), "child " + (i + 1));
        }
        List<Adult> adults = incident.getAdults() == null ? List.of() : incident.getAdults();
        for (int i = 0; i < adults.size(); i++) {
            text.adult(adults.get(i), "adult " + (i + 1));
        }
        if (incident.getRisk() != null) {
            text.multi(incident.getRisk().getJudgementReason(), "why you judge the risk high");
        }
    }

    /** The name to show in a message: the given name, unless it is itself what needs retyping. */
    static String nameOf(@Nullable PersonName name, String otherwise) {
        if (name == null || name.getGivenName() == null || name.getGivenName().isBlank()
                || TextRule.SINGLE_LINE.problem(name.getGivenName()).isPresent()) {
            return otherwise;
        }
        return name.getGivenName().strip();
    }

    private void child(Child child, String position) {
        String who = nameOf(child.getName(), position) + "'s ";
        name(child.getName(), who);
        single(child.getSchool(), who + "school");
        ChildVoice voice = child.getVoice();
        if (voice != null) {
            multi(voice.getNotSpokenToReason(), "why " + nameOf(child.getName(), position) + " was not seen or spoken to");
            multi(voice.getOwnWords(), who + "own words");
            multi(voice.getDemeanour(), "how " + nameOf(child.getName(), position) + " seemed");
            multi(voice.getWishesAndFeelings(), who + "wishes and feelings");
            single(voice.getFeelsSafeWith(), "who " + nameOf(child.getName(), position) + " feels safe with");
        }
    }

    private void adult(Adult adult, String position) {
        String who = nameOf(adult.getName(), position) + "'s ";
        name(adult.getName(), who);
        single(adult.getRelationshipToChildren(), who + "relationship to the children");
        List<RiskMarkerRequest> markers = adult.getKnownRiskMarkers() == null ? List.of() : adult.getKnownRiskMarkers();
        for (RiskMarkerRequest marker : markers) {
            single(marker.getSource(), "where " + who + "risk marker comes from");
            multi(marker.getDetails(), "the details of " + who + "risk marker");
        }
    }

    private void name(@Nullable PersonName name, String who) {
        if (name != null) {
            single(name.getGivenName(), who + "first name");
            single(name.getFamilyName(), who + "surname");
        }
    }

    private void single(@Nullable String value, String label) {
        check(TextRule.SINGLE_LINE, value, label);
    }

    private void multi(@Nullable String value, String label) {
        check(TextRule.MULTI_LINE, value, label);
    }

    private void check(TextRule rule, @Nullable String value, String label) {
        if (value != null) {
            rule.problem(value).ifPresent(problem -> problems.add("Check " + label + ": it " + problem + "."));
        }
    }
}
