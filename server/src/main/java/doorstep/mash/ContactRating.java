package doorstep.mash;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Who set a contact's rating: the rules (naming each rule, in the order of the contact's reasons)
 * or a person, and the contact's number among its most-contacted child's contacts in 12 months.
 */
@MappedEntity("contact_rating")
record ContactRating(@Id UUID contactId, String tenantId, RatedBy ratedBy, String rules, int repeatCount) {

    enum RatedBy {
        RULES, PERSON
    }

    /** The rule behind each of the contact's reasons; a contact rated before the rules were kept names none. */
    List<String> ruleNames() {
        return rules.isEmpty() ? List.of() : Arrays.asList(rules.split(Contact.REASON_SEPARATOR));
    }

    ContactRating byPerson() {
        return new ContactRating(contactId, tenantId, RatedBy.PERSON, RatingReason.PERSON_RULE, repeatCount);
    }
}
