package doorstep.people.synthetic;

import java.util.ArrayList;
import java.util.List;

/** People living together at one postcode; the postcode changes when the household moves. */
final class Household {

    final int id;
    final List<SyntheticPerson> members = new ArrayList<>();
    String postcode;

    Household(int id, String postcode) {
        this.id = id;
        this.postcode = postcode;
    }
}
