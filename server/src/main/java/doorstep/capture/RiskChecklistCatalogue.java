package doorstep.capture;

import doorstep.api.model.RiskChecklist;

import java.util.Optional;

/**
 * The versioned checklists one kind of capture uses (DASH for the incident, exploitation signs for
 * the return home interview), as devices render them. Each kind's catalogue is a bean of this type.
 */
public interface RiskChecklistCatalogue {

    /** The current version of the checklist with this id; empty when this catalogue has none such. */
    Optional<RiskChecklist> current(String checklistId);
}
