package doorstep.console.internal;

import java.util.List;

/** The queue with the filters as chosen ("" for any). */
public record QueuePage(List<QueueRow> rows, String ragFilter, String stateFilter) {
}
