package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One child as the capture heard them: who (name and age, shown on the page, never in its title or a URL),
 * whether they were seen and spoken to (alone, or why not), and their own words, shown as they said them.
 */
public record ChildHeard(String name, String age, List<SummaryRow> rows, @Nullable String ownWords) {
}
