package doorstep.simulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a simulation run does.
 *
 * @param dropRate chance that a call is dropped before it reaches the server, and again that its
 *                 answer is lost on the way back (the server stored it, the device does not know)
 */
record SimulatorOptions(int devices, int captures, String server, String authEmulator, double dropRate, long seed,
                        Set<SimulatedKind> kinds) {

    static final String USAGE = """
            Usage: ./doorstep simulate [--devices N] [--captures M] [--kinds K,...] [--server URL] [--drop-rate R] [--seed S]
              --devices N      simulated phones (default 3)
              --captures M     captures each police or early help phone makes while offline (default 5)
              --kinds K,...    incident, early-help-visit, return-home-interview (default all three):
                               police phones (half) send incidents and, for interviews, child-returned
                               notices (about one per four incidents); early help phones (three in ten)
                               send visits; interviewer phones (two in ten) interview the returns' tasks
              --server URL     a running Doorstep (default http://localhost:8080)
              --drop-rate R    chance a call or its answer is lost, 0 to 0.5 (default 0.2)
              --seed S         random seed, to repeat a run exactly (default: time)""";

    SimulatorOptions {
        if (devices < 1 || devices > 200) {
            throw new IllegalArgumentException("--devices must be from 1 to 200");
        }
        if (captures < 1 || captures > 1000) {
            throw new IllegalArgumentException("--captures must be from 1 to 1000");
        }
        if (dropRate < 0 || dropRate > 0.5) {
            throw new IllegalArgumentException("--drop-rate must be from 0 to 0.5");
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("--kinds needs at least one kind");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    static SimulatorOptions parse(String[] args) {
        int devices = 3;
        int captures = 5;
        String server = "http://localhost:8080";
        String emulator = "127.0.0.1:9099";
        double dropRate = 0.2;
        long seed = System.nanoTime();
        Set<SimulatedKind> kinds = EnumSet.allOf(SimulatedKind.class);
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String flag = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = rest.remove(0);
            try {
                switch (flag) {
                    case "--devices" -> devices = Integer.parseInt(value);
                    case "--captures" -> captures = Integer.parseInt(value);
                    case "--server" -> server = value.replaceAll("/+$", "");
                    case "--auth-emulator" -> emulator = value;
                    case "--drop-rate" -> dropRate = Double.parseDouble(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--kinds" -> kinds = SimulatedKind.parse(value);
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(flag + " needs a number, not " + value);
            }
        }
        return new SimulatorOptions(devices, captures, server, emulator, dropRate, seed, kinds);
    }
}
