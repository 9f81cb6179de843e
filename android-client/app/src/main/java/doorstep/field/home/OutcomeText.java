package doorstep.field.home;

import doorstep.device.api.model.Outcome;

/** What the MASH decided, in the words an officer uses. */
final class OutcomeText {

    private OutcomeText() {
    }

    static String of(Outcome outcome) {
        return "MASH decided: " + switch (outcome) {
            case NO_FURTHER_ACTION -> "no further action";
            case INFORMATION_AND_ADVICE -> "information and advice";
            case EARLY_HELP -> "early help";
            case SECTION_17_ASSESSMENT -> "a child in need assessment (section 17)";
            case SECTION_47_STRATEGY_DISCUSSION -> "a strategy discussion (section 47)";
            case REFER_TO_OTHER_AGENCY -> "referred to another agency";
            case IMMEDIATE_PROTECTION -> "immediate protection for the child";
            case STEP_ACROSS -> "passed to another team";
            case UNKNOWN_DEFAULT_OPEN_API -> "an outcome this version of the app cannot show (update the app)";
        };
    }
}
