package doorstep.bench.week;

import java.time.DayOfWeek;

/**
 * Who sends contacts, and when in the week they send them. The within-day and within-week shapes are
 * assumptions, not Solihull data: police domestic abuse incidents peak in the evening, overnight and
 * at weekends (the pattern police forces report); schools refer in school hours on weekdays (term
 * time assumed); health mostly in office hours with a little from A&amp;E at night and weekends; the
 * rest (early help, the council's own services, probation, housing, the public) in office hours.
 */
enum Source {
    POLICE("police", "domestic-abuse-incident",
            new double[] {1.0, 0.9, 0.9, 0.95, 1.1, 1.35, 1.3},
            new double[] {1.6, 1.2, 0.9, 0.6, 0.4, 0.3, 0.3, 0.4, 0.6, 0.7, 0.8, 0.8,
                    0.9, 0.9, 1.0, 1.1, 1.2, 1.4, 1.6, 1.8, 2.0, 2.0, 2.0, 1.8}),
    SCHOOL("education", "early-help-visit",
            new double[] {1, 1, 1, 1, 1, 0, 0},
            new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1.0, 1.2, 1.2,
                    1.0, 1.1, 1.2, 1.3, 0.8, 0.2, 0, 0, 0, 0, 0, 0}),
    HEALTH("health", "early-help-visit",
            new double[] {1, 1, 1, 1, 1, 0.3, 0.3},
            new double[] {0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.15, 0.6, 1, 1, 1,
                    1, 1, 1, 1, 1, 0.6, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25}),
    OTHER("local-authority", "early-help-visit",
            new double[] {1, 1, 1, 1, 1, 0.1, 0.1},
            new double[] {0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.02, 0.3, 1, 1, 1,
                    1, 1, 1, 1, 1, 0.4, 0.1, 0.1, 0.1, 0.1, 0.1, 0.02});

    private final String agency;
    private final String captureKind;
    private final double[] byDay;
    private final double[] byHour;

    Source(String agency, String captureKind, double[] byDay, double[] byHour) {
        this.agency = agency;
        this.captureKind = captureKind;
        this.byDay = byDay;
        this.byHour = byHour;
    }

    String agency() {
        return agency;
    }

    /** A label for the contact: deadlines depend on the rating, not the kind. */
    String captureKind() {
        return captureKind;
    }

    /** This source's relative rate in one hour of the week (local time). */
    double weight(DayOfWeek day, int hour) {
        return byDay[day.getValue() - 1] * byHour[hour];
    }

    /** The sum of {@link #weight} over the 168 hours of a week. */
    double weeklyWeight() {
        double sum = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (int hour = 0; hour < 24; hour++) {
                sum += weight(day, hour);
            }
        }
        return sum;
    }
}
