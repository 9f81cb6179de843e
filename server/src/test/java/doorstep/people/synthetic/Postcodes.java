package doorstep.people.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** West Midlands style postcodes (B, CV, WS, WV, DY), a fixed pool so that neighbours share one. */
final class Postcodes {

    private static final String[] AREAS = {"B", "B", "B", "B", "CV", "WS", "WV", "DY"};
    private static final int[] DISTRICTS = {98, 98, 98, 98, 47, 15, 16, 14};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private static final String[] STREET_NAMES = {"Church", "Station", "Victoria", "Park", "Green", "Manor",
            "Albert", "Grange", "Stratford", "Coventry", "Warwick", "Soho", "Alcester", "Pershore", "Bristol", "Lode",
            "Hagley", "Moseley", "Ladypool", "Walsall", "Dudley", "Chester", "Holly", "Oak", "Beech", "Willow", "Elm",
            "Cedar", "Poplar", "Linden", "Highfield", "Springfield", "Mill", "Brook", "Meadow", "Kings", "Queens",
            "Windsor", "Cromwell", "Tyburn", "Bordesley", "Washwood", "Sutton", "Lichfield", "Tamworth", "Foleshill"};
    private static final String[] STREET_KINDS = {"Road", "Street", "Lane", "Close", "Avenue", "Grove", "Drive",
            "Way", "Crescent", "Place"};

    private final List<String> pool;

    Postcodes(Random random, int size) {
        pool = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int area = random.nextInt(AREAS.length);
            pool.add(AREAS[area] + (1 + random.nextInt(DISTRICTS[area])) + " " + random.nextInt(10)
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                    + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length())));
        }
    }

    /** Half of all moves stay in the same district: a new street, the same outward code. */
    String moveFrom(String postcode, Random random) {
        if (random.nextBoolean()) {
            return draw(random);
        }
        return postcode.substring(0, postcode.indexOf(' ') + 1) + random.nextInt(10)
                + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
                + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    }

    /**
     * A house in the postcode's street: a postcode unit is about one street, so every postcode has
     * one street name, drawn from the postcode itself so that a household moving in later finds it.
     */
    String addressAt(String postcode, Random random) {
        Random street = new Random(postcode.hashCode());
        return (1 + random.nextInt(120)) + " " + STREET_NAMES[street.nextInt(STREET_NAMES.length)] + " "
                + STREET_KINDS[street.nextInt(STREET_KINDS.length)];
    }

    String draw(Random random) {
        return pool.get(random.nextInt(pool.size()));
    }
}
