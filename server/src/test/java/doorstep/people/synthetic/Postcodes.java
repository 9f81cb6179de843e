package doorstep.people.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** West Midlands style postcodes (B, CV, WS, WV, DY), a fixed pool so that neighbours share one. */
final class Postcodes {

    private static final String[] AREAS = {"B", "B", "B", "B", "CV", "WS", "WV", "DY"};
    private static final int[] DISTRICTS = {98, 98, 98, 98, 47, 15, 16, 14};
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

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

    String draw(Random random) {
        return pool.get(random.nextInt(pool.size()));
    }
}
