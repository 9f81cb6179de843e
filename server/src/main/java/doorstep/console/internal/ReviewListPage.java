package doorstep.console.internal;

import java.util.List;

/**
 * The open possible matches and, for a manager, the merges that still stand and may be undone.
 *
 * @param merges empty for a triager, who may not undo a merge
 */
public record ReviewListPage(List<ReviewListRow> open, List<ReviewListRow> merges, boolean manager) {
}
