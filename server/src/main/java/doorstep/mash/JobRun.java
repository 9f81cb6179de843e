package doorstep.mash;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Which server last took a background job's turn for a tenant, and until when nobody else may. */
@MappedEntity("job_run")
record JobRun(@Id String job, String tenantId, String holder, Instant leaseUntil) {
}
