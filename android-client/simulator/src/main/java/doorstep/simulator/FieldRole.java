package doorstep.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who carries a simulated phone, signed in as that demo user. The weights are the realistic mix
 * of a run with every kind: half police, three in ten early help workers, two in ten interviewers.
 */
enum FieldRole {
    POLICE("officer@demo.doorstep.test", 5),
    EARLY_HELP("earlyhelp@demo.doorstep.test", 3),
    INTERVIEWER("interviewer@demo.doorstep.test", 2);

    private final String user;
    private final int weight;

    FieldRole(String user, int weight) {
        this.user = user;
        this.weight = weight;
    }

    String user() {
        return user;
    }

    /** The roles a run with these kinds needs, in this enum's order. */
    static List<FieldRole> needed(Set<SimulatedKind> kinds) {
        List<FieldRole> roles = new ArrayList<>();
        if (kinds.contains(SimulatedKind.INCIDENT) || kinds.contains(SimulatedKind.RETURN_HOME_INTERVIEW)) {
            roles.add(POLICE);
        }
        if (kinds.contains(SimulatedKind.EARLY_HELP_VISIT)) {
            roles.add(EARLY_HELP);
        }
        if (kinds.contains(SimulatedKind.RETURN_HOME_INTERVIEW)) {
            roles.add(INTERVIEWER);
        }
        return roles;
    }

    /**
     * The role of each of {@code devices} phones: the needed roles in proportion to their weights
     * (largest remainder), each at least once when there are phones enough.
     */
    static List<FieldRole> mix(int devices, Set<SimulatedKind> kinds) {
        List<FieldRole> roles = needed(kinds);
        if (devices <= roles.size()) {
            return List.copyOf(roles.subList(0, devices));
        }
        int total = roles.stream().mapToInt(role -> role.weight).sum();
        double[] exact = new double[roles.size()];
        int[] counts = new int[roles.size()];
        int assigned = 0;
        for (int r = 0; r < roles.size(); r++) {
            exact[r] = (double) devices * roles.get(r).weight / total;
            counts[r] = Math.max(1, (int) Math.floor(exact[r]));
            assigned += counts[r];
        }
        for (; assigned > devices; assigned--) {
            counts[mostOver(exact, counts)]--;
        }
        for (; assigned < devices; assigned++) {
            counts[mostUnder(exact, counts)]++;
        }
        List<FieldRole> mix = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            for (int i = 0; i < counts[r]; i++) {
                mix.add(roles.get(r));
            }
        }
        return List.copyOf(mix);
    }

    private static int mostOver(double[] exact, int[] counts) {
        int best = -1;
        for (int r = 0; r < counts.length; r++) {
            if (counts[r] > 1 && (best < 0 || counts[r] - exact[r] > counts[best] - exact[best])) {
                best = r;
            }
        }
        return best;
    }

    private static int mostUnder(double[] exact, int[] counts) {
        int best = 0;
        for (int r = 1; r < counts.length; r++) {
            if (exact[r] - counts[r] > exact[best] - counts[best]) {
                best = r;
            }
        }
        return best;
    }
}
