package doorstep.people.matching;

import java.util.List;

/** A known person who shares a blocking key with a mention, with every record already linked to them. */
public record CandidatePerson(String personId, List<PersonRecord> knownRecords) {

    public CandidatePerson {
        knownRecords = List.copyOf(knownRecords);
    }
}
