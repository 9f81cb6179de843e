package doorstep.people;

import java.util.List;

/**
 * Blind-indexed name values a committed resolution saw, to be counted for term frequencies.
 * Counted after commit: the counts are a statistic, and bumping shared rows inside every
 * capture's transaction made concurrent captures deadlock.
 */
record NamesSeen(String tenantId, List<NameCounts.NameValue> values) {
}
