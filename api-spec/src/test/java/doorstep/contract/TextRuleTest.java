package doorstep.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Amy", "Zoë O'Brien-Smith", "Nguyễn", "محمد", "Ayşe", "Kāhu", "B91 1AA",
            "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "\uD83D\uDC4D"})
    void visibleTextOfAnyScriptIsANameOrPlace(String text) {
        assertEquals(java.util.Optional.empty(), TextRule.SINGLE_LINE.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amy\u0000", "Amy\u0007", "\u001B[31mAmy", "Amy\u007F", "Amy\u0085",
            "\u202EymA", "\u202AAmy", "\u2066Amy\u2069", "Am\u200By", "\uFEFFAmy", "Amy\u00AD", "\u061CAmy",
            "A\uD800my", "Amy\u200F"})
    void hiddenControlAndFormattingCharactersAreRefusedEverywhere(String text) {
        assertTrue(TextRule.SINGLE_LINE.problem(text).orElseThrow().contains("hidden"));
        assertTrue(TextRule.MULTI_LINE.problem(text).orElseThrow().contains("hidden"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Amy\nSmith", "Amy\r\nSmith", "Amy\tSmith", "Amy\u2028Smith", "Amy\rSmith"})
    void aNameIsOneLine(String text) {
        assertTrue(TextRule.SINGLE_LINE.problem(text).orElseThrow().contains("one line"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"He shouted.\nThen he left.", "Line one\r\nLine two", "Q1:\tyes", "\n\n"})
    void aNarrativeKeepsItsLineBreaksAndTabs(String text) {
        assertEquals(java.util.Optional.empty(), TextRule.MULTI_LINE.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\rtwo", "one\u2028two", "one\u2029two"})
    void aNarrativeHasNoOtherKindOfLineBreak(String text) {
        assertTrue(TextRule.MULTI_LINE.problem(text).isPresent());
    }
}
