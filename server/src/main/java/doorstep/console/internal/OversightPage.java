package doorstep.console.internal;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The manager view in words: breaches first, then near-breaches, overdue actions, late return home
 * interviews, and the undecided backlog by age and by referring agency.
 *
 * @param oldest when the oldest undecided contact came in, or null when nothing waits
 */
public record OversightPage(String asOf, List<OverseenRow> breaches, List<OverseenRow> nearBreaches,
                            List<OverdueActionRow> overdueActions, List<LateInterviewRow> lateInterviews,
                            int undecided, @Nullable String oldest, List<CountRow> backlogByAge,
                            List<CountRow> backlogByAgency) {
}
