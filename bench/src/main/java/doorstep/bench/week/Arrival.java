package doorstep.bench.week;

import java.time.Instant;
import java.util.UUID;

/** One contact the simulation sends to the front door: when, from whom, and how urgent. */
record Arrival(UUID captureId, Instant at, Source source, FrontDoor.Rag rag) {
}
