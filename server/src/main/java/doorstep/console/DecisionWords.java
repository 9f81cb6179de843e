package doorstep.console;

import doorstep.api.model.Outcome;
import doorstep.console.internal.Choice;

import java.util.Arrays;
import java.util.List;

/** The decision form's outcomes and agencies in the words a triager uses. */
final class DecisionWords {

    private DecisionWords() {
    }

    static List<Choice> outcomes() {
        return Arrays.stream(Outcome.values()).map(o -> new Choice(o.getValue(), words(o), hint(o))).toList();
    }

    static String words(Outcome outcome) {
        return switch (outcome) {
            case NO_FURTHER_ACTION -> "No further action";
            case INFORMATION_AND_ADVICE -> "Information and advice";
            case EARLY_HELP -> "Early help";
            case SECTION_17_ASSESSMENT -> "Child in need assessment (section 17)";
            case SECTION_47_STRATEGY_DISCUSSION -> "Strategy discussion (section 47)";
            case REFER_TO_OTHER_AGENCY -> "Refer to another agency";
            case IMMEDIATE_PROTECTION -> "Immediate protection";
            case STEP_ACROSS -> "Step across to another team";
        };
    }

    private static String hint(Outcome outcome) {
        return switch (outcome) {
            case EARLY_HELP, SECTION_17_ASSESSMENT, IMMEDIATE_PROTECTION -> "Needs at least one action";
            case SECTION_47_STRATEGY_DISCUSSION -> "Needs at least one action and the strategy discussion below";
            default -> null;
        };
    }

    static String agency(String code) {
        if (code.equals("social-care")) {
            return "Children's social care";
        }
        String words = code.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static List<Choice> agencies(List<String> codes) {
        return codes.stream().map(code -> Choice.of(code, agency(code))).toList();
    }

    /** "police", "health" as "Police and Health"; three or more as "Police, Health and Education". */
    static String inWords(List<String> codes) {
        List<String> words = codes.stream().map(DecisionWords::agency).toList();
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
