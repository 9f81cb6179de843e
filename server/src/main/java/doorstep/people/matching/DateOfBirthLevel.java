package doorstep.people.matching;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** How two dates of birth agree, naming the slips people make when they write a date down. */
enum DateOfBirthLevel implements ComparisonLevel {
    EXACT("same date"),
    DAY_MONTH_SWAPPED("day and month swapped"),
    YEAR_OFF_BY_ONE("same day and month, year one apart"),
    ONE_TYPO("one part differs, as a typing slip would"),
    DIFFERENT("different dates"),
    GENERATION_APART("twelve or more years apart"),
    MISSING("missing on one side");

    static final int GENERATION_YEARS = 12;

    private final String description;

    DateOfBirthLevel(String description) {
        this.description = description;
    }

    static DateOfBirthLevel of(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null || b == null) {
            return MISSING;
        }
        if (a.equals(b)) {
            return EXACT;
        }
        boolean sameYear = a.getYear() == b.getYear();
        boolean sameMonth = a.getMonthValue() == b.getMonthValue();
        boolean sameDay = a.getDayOfMonth() == b.getDayOfMonth();
        if (sameYear && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()) {
            return DAY_MONTH_SWAPPED;
        }
        if (sameDay && sameMonth && Math.abs(a.getYear() - b.getYear()) == 1) {
            return YEAR_OFF_BY_ONE;
        }
        if ((sameYear && (sameMonth || sameDay)) || (sameDay && sameMonth && Similarity.isOneSlip(Integer.toString(a.getYear()), Integer.toString(b.getYear())))) {
            return ONE_TYPO;
        }
        return Math.abs(ChronoUnit.YEARS.between(a, b)) >= GENERATION_YEARS ? GENERATION_APART : DIFFERENT;
    }

    /**
     * Whether two of the dates belong to different people: not a slip of one date (a year off, day
     * and month swapped, one digit) but another date altogether.
     */
    static boolean anyTwoApart(List<LocalDate> dates) {
        for (int i = 0; i < dates.size(); i++) {
            for (int j = i + 1; j < dates.size(); j++) {
                if (of(dates.get(i), dates.get(j)).tellsPeopleApart()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Another date altogether, not a slip of the same one. */
    boolean tellsPeopleApart() {
        return this == DIFFERENT || this == GENERATION_APART;
    }

    @Override
    public Comparison comparison() {
        return Comparison.DATE_OF_BIRTH;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean neutral() {
        return this == MISSING;
    }
}
