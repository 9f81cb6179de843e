package doorstep.people.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The names of each origin in names.txt. Each list holds an origin's common names, drawn with a
 * Zipf skew; the rest of its people carry one of the long tail of rarer names, made by joining the
 * start of one listed name to the end of another ("Tay" + "ker"). The share drawn from the list is
 * given per origin, because some origins share few family names (Khan, Patel, Jones) and others
 * many. Without the tail, a quarter of English households were Smiths, where the census has about
 * one in seventy-five people, and namesakes were hundreds of times commoner than in life.
 */
final class NamePools {

    /** Zipf exponents: given names are shared more evenly among the common ones than family names. */
    private static final double GIVEN_SKEW = 0.7;
    private static final double FAMILY_SKEW = 1.0;

    record Origin(String name, double weight, WeightedNames male, WeightedNames female, WeightedNames family) {
    }

    static final class WeightedNames {
        private final List<String> names;
        private final double listedShare;
        private final double[] cumulative;

        WeightedNames(List<String> names, double listedShare, double skew) {
            this.names = names;
            this.listedShare = listedShare;
            this.cumulative = new double[names.size()];
            double sum = 0;
            for (int rank = 0; rank < names.size(); rank++) {
                sum += 1.0 / Math.pow(rank + 1, skew);
                cumulative[rank] = sum;
            }
        }

        String draw(Random random) {
            if (random.nextDouble() >= listedShare) {
                return rareName(random);
            }
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return names.get(index >= 0 ? index : -index - 1);
        }

        private String rareName(Random random) {
            String start = names.get(random.nextInt(names.size()));
            String end = names.get(random.nextInt(names.size()));
            String name = start.substring(0, (start.length() + 1) / 2) + end.substring(end.length() / 2).toLowerCase(Locale.ROOT);
            return name.replaceAll("[-' ]", "");
        }
    }

    private final List<Origin> origins;
    private final double totalWeight;

    private NamePools(List<Origin> origins) {
        this.origins = origins;
        this.totalWeight = origins.stream().mapToDouble(Origin::weight).sum();
    }

    Origin drawOrigin(Random random) {
        double target = random.nextDouble() * totalWeight;
        for (Origin origin : origins) {
            target -= origin.weight();
            if (target <= 0) {
                return origin;
            }
        }
        return origins.get(origins.size() - 1);
    }

    static NamePools load() {
        List<Origin> origins = new ArrayList<>();
        try (InputStream in = NamePools.class.getResourceAsStream("names.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = null;
            List<WeightedNames> lists = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("@")) {
                    header = line.substring(1).split("\\s+");
                    lists.clear();
                } else if (line.contains(":") && !line.startsWith("#")) {
                    boolean family = line.startsWith("family:");
                    lists.add(new WeightedNames(List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+")),
                            listedShare(header, family ? "family" : "given"), family ? FAMILY_SKEW : GIVEN_SKEW));
                    if (lists.size() == 3) {
                        origins.add(new Origin(header[0], Double.parseDouble(header[1]), lists.get(0), lists.get(1), lists.get(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NamePools(origins);
    }

    /** The share of an origin's people who carry a listed name, from its header ("family=0.15"). */
    private static double listedShare(String[] header, String list) {
        for (String setting : header) {
            if (setting.startsWith(list + "=")) {
                return Double.parseDouble(setting.substring(list.length() + 1));
            }
        }
        throw new IllegalStateException("names.txt: origin " + header[0] + " gives no " + list + "= share");
    }
}
