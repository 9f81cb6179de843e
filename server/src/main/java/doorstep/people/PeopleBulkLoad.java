package doorstep.people;

import doorstep.crypto.BlindIndex;
import doorstep.people.matching.BlockingKeys;
import doorstep.people.matching.NormalisedPerson;
import doorstep.people.matching.PersonRecord;
import doorstep.people.matching.TermFrequencies.NamePart;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Files mentions of people nobody has met yet, each as a new person, in batched statements: for
 * loading a population that is already resolved (a migration, a benchmark) where a resolution per
 * mention would take hours. Stores exactly the rows {@link PersonResolution} stores for a mention
 * that brings back no candidate, through the same blind indexes and cipher; it does not look for
 * matches, so callers must know the mentions are of distinct people.
 */
@Singleton
public class PeopleBulkLoad {

    private final JdbcOperations jdbc;
    private final BlindIndex blindIndex;
    private final BlockKeyIndex blockKeys;
    private final NameCounts nameCounts;
    private final MentionTally tally;
    private final MentionRecords records;
    private final Clock clock;

    PeopleBulkLoad(JdbcOperations jdbc, BlindIndex blindIndex, BlockKeyIndex blockKeys, NameCounts nameCounts,
                   MentionTally tally, MentionRecords records, Clock clock) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
        this.blockKeys = blockKeys;
        this.nameCounts = nameCounts;
        this.tally = tally;
        this.records = records;
        this.clock = clock;
    }

    /** Files each mention under a new person of its own, in one transaction; returns the persons in order. */
    @Transactional
    public List<UUID> fileAsNewPeople(String tenantId, List<MentionInput> batch) {
        Timestamp now = Timestamp.from(clock.instant());
        StoredTermFrequencies frequencies = new StoredTermFrequencies(tenantId, blindIndex, nameCounts, 0);
        List<UUID> persons = new ArrayList<>(batch.size());
        List<byte[]> sealed = new ArrayList<>(batch.size());
        List<List<byte[]>> keys = new ArrayList<>(batch.size());
        Map<NameValue, Long> names = new HashMap<>();
        long[] slots = new long[MentionTally.SLOTS];
        for (MentionInput mention : batch) {
            persons.add(UUID.randomUUID());
            slots[MentionTally.slotOf(mention.mentionId())]++;
            sealed.add(records.seal(mention.mentionId(), mention.record()));
            NormalisedPerson normalised = mention.record().normalised();
            keys.add(blockKeys.indexesOf(BlockingKeys.of(normalised)));
            names.merge(new NameValue(NamePart.GIVEN, frequencies.indexOf(NamePart.GIVEN, normalised.givenName())),
                    1L, Long::sum);
            names.merge(new NameValue(NamePart.FAMILY, frequencies.indexOf(NamePart.FAMILY, normalised.familyName())),
                    1L, Long::sum);
        }
        insertPersons(tenantId, persons, now);
        insertMentions(tenantId, batch, persons, sealed, now);
        insertBlockKeys(tenantId, batch, persons, keys);
        countNames(tenantId, names);
        for (int slot = 0; slot < slots.length; slot++) {
            if (slots[slot] > 0) {
                tally.count(tenantId, slot, slots[slot]);
            }
        }
        return persons;
    }

    /** How many persons a mention's blocking keys bring back: the crowd a resolution scores. */
    @Transactional
    public int candidatePersons(String tenantId, PersonRecord mention) {
        return (int) blockKeys.personsByKey(tenantId, BlockingKeys.lookup(mention)).values().stream()
                .flatMap(Set::stream).distinct().count();
    }

    private void insertPersons(String tenantId, List<UUID> persons, Timestamp now) {
        batch("INSERT INTO person (id, tenant_id, merged_into, created_at, version) VALUES (?, ?, NULL, ?, 0)",
                statement -> {
                    for (UUID person : persons) {
                        statement.setString(1, person.toString());
                        statement.setString(2, tenantId);
                        statement.setTimestamp(3, now);
                        statement.addBatch();
                    }
                });
    }

    private void insertMentions(String tenantId, List<MentionInput> batch, List<UUID> persons, List<byte[]> sealed,
                                Timestamp now) {
        batch("INSERT INTO person_mention (id, tenant_id, person_id, source_type, source_id, role, occurred_at, "
                + "record_ct, decision, weight, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)", statement -> {
            for (int i = 0; i < batch.size(); i++) {
                MentionInput mention = batch.get(i);
                statement.setString(1, mention.mentionId().toString());
                statement.setString(2, tenantId);
                statement.setString(3, persons.get(i).toString());
                statement.setString(4, mention.sourceType());
                statement.setString(5, mention.sourceId());
                statement.setString(6, mention.role());
                if (mention.occurredAt() == null) {
                    statement.setNull(7, Types.TIMESTAMP);
                } else {
                    statement.setTimestamp(7, Timestamp.from(mention.occurredAt()));
                }
                statement.setBytes(8, sealed.get(i));
                statement.setString(9, ResolutionDecision.NEW.wireName());
                statement.setTimestamp(10, now);
                statement.addBatch();
            }
        });
    }

    private void insertBlockKeys(String tenantId, List<MentionInput> batch, List<UUID> persons, List<List<byte[]>> keys) {
        batch("INSERT INTO person_block_key (tenant_id, key_index, mention_id, person_id) VALUES (?, ?, ?, ?)",
                statement -> {
                    for (int i = 0; i < batch.size(); i++) {
                        for (byte[] key : keys.get(i)) {
                            statement.setString(1, tenantId);
                            statement.setBytes(2, key);
                            statement.setString(3, batch.get(i).mentionId().toString());
                            statement.setString(4, persons.get(i).toString());
                            statement.addBatch();
                        }
                    }
                });
    }

    private void countNames(String tenantId, Map<NameValue, Long> names) {
        batch("INSERT INTO name_frequency (tenant_id, name_part, value_index, mentions) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE mentions = mentions + VALUES(mentions)", statement -> {
            for (Map.Entry<NameValue, Long> name : names.entrySet()) {
                statement.setString(1, tenantId);
                statement.setString(2, name.getKey().part().name());
                statement.setBytes(3, name.getKey().index().array());
                statement.setLong(4, name.getValue());
                statement.addBatch();
            }
        });
    }

    private void batch(String sql, Binder binder) {
        jdbc.prepareStatement(sql, (PreparedStatement statement) -> {
            binder.bind(statement);
            return statement.executeBatch();
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** A blind-indexed name value, comparable by its bytes. */
    private record NameValue(NamePart part, ByteBuffer index) {
        NameValue(NamePart part, byte[] index) {
            this(part, ByteBuffer.wrap(index));
        }
    }
}
