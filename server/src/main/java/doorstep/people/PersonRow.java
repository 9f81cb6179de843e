package doorstep.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

/** A person; once merged, {@code mergedInto} names the person that stands for both. */
@MappedEntity("person")
record PersonRow(@Id UUID id, String tenantId, @Nullable UUID mergedInto, Instant createdAt, @Version long version) {

    PersonRow mergedInto(UUID survivor) {
        return new PersonRow(id, tenantId, survivor, createdAt, version);
    }

    PersonRow unmerged() {
        return new PersonRow(id, tenantId, null, createdAt, version);
    }
}
