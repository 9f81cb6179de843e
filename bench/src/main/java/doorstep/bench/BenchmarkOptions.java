package doorstep.bench;

import io.micronaut.core.annotation.Nullable;

/** The resolution benchmark's command line; every option but --people has a default. */
record BenchmarkOptions(int people, int mentions, int warmup, long seed, int batch, boolean countCandidates,
                        boolean profile, @Nullable Integer candidateLimit) {

    static final String USAGE = "Usage: bench/run [--people N] [--mentions M (10000)] [--warmup W (2000)] [--seed S]"
            + " [--batch B (5000 people a transaction)] [--candidate-limit L (the server's default)] [--no-candidates]"
            + " [--profile]";

    BenchmarkOptions {
        if (people < 1 || mentions < 1 || warmup < 0 || batch < 1 || (candidateLimit != null && candidateLimit < 1)) {
            throw new IllegalArgumentException(
                    "--people, --mentions, --batch and --candidate-limit must be positive and --warmup at least 0");
        }
    }

    static BenchmarkOptions parse(String[] args) {
        Integer people = null;
        int mentions = 10_000;
        int warmup = 2_000;
        long seed = 20_250_601L;
        int batch = 5_000;
        boolean countCandidates = true;
        boolean profile = false;
        Integer candidateLimit = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--no-candidates") || option.equals("--profile")) {
                countCandidates = false;
                profile |= option.equals("--profile");
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--people" -> people = number(option, value);
                case "--mentions" -> mentions = number(option, value);
                case "--warmup" -> warmup = number(option, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--batch" -> batch = number(option, value);
                case "--candidate-limit" -> candidateLimit = number(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (people == null) {
            throw new IllegalArgumentException("--people is required");
        }
        return new BenchmarkOptions(people, mentions, warmup, seed, batch, countCandidates, profile, candidateLimit);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }
}
