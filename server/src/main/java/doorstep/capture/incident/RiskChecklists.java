package doorstep.capture.incident;

import doorstep.api.model.RiskChecklist;
import doorstep.api.model.RiskQuestion;
import doorstep.capture.RiskChecklistCatalogue;
import doorstep.capture.incident.RiskChecklistDefinition.Question;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The risk checklists a capture may use, by id and version. A new version of a checklist is a
 * further definition here, kept while phones may still hold captures made with the old one.
 */
@Singleton
public class RiskChecklists implements RiskChecklistCatalogue {

    static final String DASH_ID = "safelives-dash";
    static final String DASH_VERSION = "2009";

    // SafeLives DASH risk identification checklist (2009), questions paraphrased for the form;
    // "the abuser" stands where the form names them. High at 14+ yes; medium from 10 is local
    // MASH practice, not part of the SafeLives guidance, and is configuration-free on purpose.
    private static final List<String> DASH_QUESTIONS = List.of(
            "Has the current incident resulted in injury?",
            "Are you very frightened?",
            "Are you afraid of further injury or violence?",
            "Do you feel isolated from family or friends: does the abuser try to stop you seeing them, your doctor or others?",
            "Are you feeling depressed or having suicidal thoughts?",
            "Have you separated or tried to separate from the abuser within the past year?",
            "Is there conflict over child contact?",
            "Does the abuser constantly text, call, contact, follow, stalk or harass you?",
            "Are you pregnant or have you recently had a baby (within the last 18 months)?",
            "Is the abuse happening more often?",
            "Is the abuse getting worse?",
            "Does the abuser try to control everything you do, or are they excessively jealous?",
            "Has the abuser ever used weapons or objects to hurt you?",
            "Has the abuser ever threatened to kill you or someone else, and you believed them?",
            "Has the abuser ever attempted to strangle, choke, suffocate or drown you?",
            "Does the abuser do or say things of a sexual nature that make you feel bad or that physically hurt you or someone else?",
            "Is there any other person who has threatened you or who you are afraid of?",
            "Do you know if the abuser has hurt anyone else (children, siblings, elderly relatives, strangers)?",
            "Has the abuser ever mistreated an animal or the family pet?",
            "Are there any financial issues (are you dependent on the abuser for money, have they recently lost their job)?",
            "Has the abuser had problems in the past year with drugs, alcohol or mental health leading to problems in leading a normal life?",
            "Has the abuser ever threatened or attempted suicide?",
            "Has the abuser ever broken bail, an injunction or a formal agreement about when they can see you or the children?",
            "Do you know if the abuser has ever been in trouble with the police or has a criminal history?");

    /** Every known version of every checklist; of one id, the current version comes last. */
    private final List<RiskChecklistDefinition> definitions = List.of(dash());

    /** The current version of a checklist, as served to devices. */
    public Optional<RiskChecklistDefinition> find(String id) {
        return definitions.stream().filter(definition -> definition.id().equals(id)).reduce((older, newer) -> newer);
    }

    @Override
    public Optional<RiskChecklist> current(String checklistId) {
        return find(checklistId).map(definition -> new RiskChecklist(definition.id(), definition.version(),
                definition.title(), definition.highRiskYesThreshold(), definition.questions().stream()
                .map(q -> new RiskQuestion(q.id(), q.number(), q.text())).toList()));
    }

    /** A checklist at the version a capture was made with; empty for a version this server does not know. */
    public Optional<RiskChecklistDefinition> find(String id, String version) {
        return definitions.stream()
                .filter(definition -> definition.id().equals(id) && definition.version().equals(version))
                .findFirst();
    }

    private static RiskChecklistDefinition dash() {
        List<Question> questions = IntStream.range(0, DASH_QUESTIONS.size())
                .mapToObj(i -> new Question("dash-q" + (i + 1), i + 1, DASH_QUESTIONS.get(i)))
                .toList();
        return new RiskChecklistDefinition(DASH_ID, DASH_VERSION,
                "SafeLives domestic abuse, stalking, harassment and honour-based violence (DASH) risk checklist",
                10, 14, questions);
    }
}
