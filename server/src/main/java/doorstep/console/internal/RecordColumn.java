package doorstep.console.internal;

/** One of the two records of a possible match, as recorded ("Not recorded" where a field is missing). */
public record RecordColumn(String name, String dateOfBirth, String nhsNumber) {
}
