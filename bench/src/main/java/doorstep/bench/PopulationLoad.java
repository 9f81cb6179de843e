package doorstep.bench;

import doorstep.people.MentionInput;
import doorstep.people.PeopleBulkLoad;
import doorstep.people.matching.PersonRecord;
import doorstep.people.synthetic.SyntheticPerson;
import doorstep.people.synthetic.SyntheticPopulation;
import io.micronaut.transaction.TransactionOperations;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Loads a synthetic population as if every person had been resolved already: one clean mention
 * each, at their household's postcode, filed in large transactions by the server's bulk loader.
 */
final class PopulationLoad {

    private static final long PROGRESS_EVERY_NANOS = 30_000_000_000L;

    private final PeopleBulkLoad bulkLoad;
    private final TransactionOperations<?> transactions;
    private final int transactionSize;
    private final PrintStream progress;

    PopulationLoad(PeopleBulkLoad bulkLoad, TransactionOperations<?> transactions, int transactionSize,
                   PrintStream progress) {
        this.bulkLoad = bulkLoad;
        this.transactions = transactions;
        this.transactionSize = transactionSize;
        this.progress = progress;
    }

    /**
     * Files every person of the population; returns the wall time it took in nanoseconds. Each stored
     * person's synthetic identity goes into {@code truthOfPerson}, so links can be checked later.
     */
    long load(String tenantId, SyntheticPopulation population, Map<UUID, String> truthOfPerson) {
        List<SyntheticPerson> people = population.people();
        long started = System.nanoTime();
        long lastProgress = started;
        for (int from = 0; from < people.size(); from += transactionSize) {
            List<MentionInput> batch = new ArrayList<>(transactionSize);
            for (SyntheticPerson person : people.subList(from, Math.min(people.size(), from + transactionSize))) {
                batch.add(mentionOf(person, population.postcodeOf(person)));
            }
            List<UUID> persons = transactions.executeWrite(status -> bulkLoad.fileAsNewPeople(tenantId, batch));
            for (int i = 0; i < persons.size(); i++) {
                truthOfPerson.put(persons.get(i), batch.get(i).sourceId());
            }
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                int done = from + batch.size();
                progress.printf(Locale.ROOT, "  bulk load: %,d of %,d people (%,.0f a second)%n", done, people.size(),
                        done / ((now - started) / 1e9));
            }
        }
        return System.nanoTime() - started;
    }

    private static MentionInput mentionOf(SyntheticPerson person, String postcode) {
        PersonRecord record = new PersonRecord(person.givenName(), person.familyName(), person.dateOfBirth(),
                person.sex(), postcode);
        return new MentionInput(UUID.randomUUID(), "import", person.personId(), "other", null, record);
    }
}
