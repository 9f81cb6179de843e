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
import java.util.Random;

/** The names of each origin in names.txt, drawn with a Zipf skew so a few names are very common. */
final class NamePools {

    record Origin(String name, double weight, WeightedNames male, WeightedNames female, WeightedNames family) {
    }

    static final class WeightedNames {
        private final List<String> names;
        private final double[] cumulative;

        WeightedNames(List<String> names) {
            this.names = names;
            this.cumulative = new double[names.size()];
            double sum = 0;
            for (int rank = 0; rank < names.size(); rank++) {
                sum += 1.0 / Math.pow(rank + 1, 1.1);
                cumulative[rank] = sum;
            }
        }

        String draw(Random random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = Arrays.binarySearch(cumulative, target);
            return names.get(index >= 0 ? index : -index - 1);
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
            String header = null;
            List<WeightedNames> lists = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("@")) {
                    header = line.substring(1);
                    lists.clear();
                } else if (line.contains(":") && !line.startsWith("#")) {
                    lists.add(new WeightedNames(List.of(line.substring(line.indexOf(':') + 1).trim().split("\\s+"))));
                    if (lists.size() == 3) {
                        String[] nameAndWeight = header.split(" ");
                        origins.add(new Origin(nameAndWeight[0], Double.parseDouble(nameAndWeight[1]),
                                lists.get(0), lists.get(1), lists.get(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new NamePools(origins);
    }
}
