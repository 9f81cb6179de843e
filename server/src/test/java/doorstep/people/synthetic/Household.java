package doorstep.people.synthetic;

import java.util.ArrayList;
import java.util.List;

/** People living together at one address; postcode and address change when the household moves. */
final class Household {

    final int id;
    final List<SyntheticPerson> members = new ArrayList<>();
    String postcode;
    String addressLine;

    Household(int id, String postcode, String addressLine) {
        this.id = id;
        this.postcode = postcode;
        this.addressLine = addressLine;
    }
}
