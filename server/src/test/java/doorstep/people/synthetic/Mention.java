package doorstep.people.synthetic;

import doorstep.people.matching.PersonRecord;

import java.util.List;

/** One captured account of a synthetic person, with the truth and the errors it was given. */
public record Mention(String mentionId, String truePersonId, PersonRecord record, List<ErrorKind> errors) {
}
