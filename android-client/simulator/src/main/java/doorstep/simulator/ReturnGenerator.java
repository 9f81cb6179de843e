package doorstep.simulator;

import doorstep.device.api.model.ChildReturned;
import doorstep.device.api.model.Place;
import doorstep.device.api.model.ReturnedChild;
import doorstep.device.capture.ChildReturnedNotices;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Made-up "child returned" notices as police send them. About one in ten is sent long after the
 * return, so its interview is already late and must say why.
 */
public final class ReturnGenerator {

    private static final List<String> FOUND = List.of("Bus station", "A friend's flat", "Walked into the station",
            "Stopped by officers in the town centre", "Came home on their own");

    private final Random random;
    private final MadeUpPeople people;
    private final Clock clock;

    public ReturnGenerator(long seed, Clock clock) {
        this.random = new Random(seed);
        this.people = new MadeUpPeople(random);
        this.clock = clock;
    }

    public ChildReturned next() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime returnedAt = random.nextInt(10) == 0 ? now.minusHours(73 + random.nextInt(48))
                : now.minusMinutes(5 + random.nextInt(600));
        return new ChildReturned()
                .schemaVersion(ChildReturnedNotices.SCHEMA_VERSION)
                .child(new ReturnedChild().mentionId(UUID.randomUUID()).name(people.name())
                        .dateOfBirth(people.bornAged(clock, 11, 17)).nhsNumber(people.nhsNumberOrNone()))
                .missingFrom(returnedAt.minusHours(4 + random.nextInt(60)))
                .returnedAt(returnedAt)
                .whereFound(new Place().town(random.nextBoolean() ? "Birmingham" : "Solihull")
                        .description(people.pick(FOUND)))
                .reportedBy("PC " + (1000 + random.nextInt(9000)) + ", West Midlands Police")
                .policeReference("WMP-" + (100000 + random.nextInt(900000)));
    }
}
