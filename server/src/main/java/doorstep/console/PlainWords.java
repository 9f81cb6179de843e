package doorstep.console;

import doorstep.api.model.CaptureKindName;
import doorstep.api.model.ContactState;
import doorstep.api.model.Outcome;
import doorstep.api.model.Rag;

/** The API's codes as the console's pages say them, for a tired reader: the same word on every page. */
final class PlainWords {

    private PlainWords() {
    }

    static String rag(Rag rag) {
        return switch (rag) {
            case RED -> "Red";
            case AMBER -> "Amber";
            case GREEN -> "Green";
        };
    }

    /** The GOV.UK tag modifier for a RAG: GOV.UK has orange, not amber. */
    static String ragTag(Rag rag) {
        return "govuk-tag--" + switch (rag) {
            case RED -> "red";
            case AMBER -> "orange";
            case GREEN -> "green";
        };
    }

    static String kind(CaptureKindName kind) {
        return switch (kind) {
            case DOMESTIC_ABUSE_INCIDENT -> "Domestic abuse incident";
            case EARLY_HELP_VISIT -> "Early help visit";
            case CHILD_RETURNED -> "Child returned from missing";
            case RETURN_HOME_INTERVIEW -> "Return home interview";
        };
    }

    static String agency(String agency) {
        return sentence(agency);
    }

    static String state(ContactState state) {
        return switch (state) {
            case QUEUED -> "Waiting";
            case CLAIMED -> "Claimed";
            case DECIDED -> "Decided";
        };
    }

    static String outcome(Outcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "No further action";
            case INFORMATION_AND_ADVICE -> "Information and advice";
            case EARLY_HELP -> "Early help";
            case SECTION_17_ASSESSMENT -> "Section 17 assessment";
            case SECTION_47_STRATEGY_DISCUSSION -> "Section 47 strategy discussion";
            case REFER_TO_OTHER_AGENCY -> "Referred to another agency";
            case IMMEDIATE_PROTECTION -> "Immediate protection";
            case STEP_ACROSS -> "Stepped across to another team";
        };
    }

    /** A code such as "poses-a-risk-to-them" as "Poses a risk to them". */
    static String sentence(String code) {
        String words = code.replace('-', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "4 December 2026 at 2:05pm", London time. */
    static String when(java.time.OffsetDateTime at) {
        return LondonTime.at(at.toInstant());
    }
}
