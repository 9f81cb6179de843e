package doorstep.audit;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hands Flyway the audit chain's Java migration as an object, so it can live in the audit package
 * beside the code that hashes entries instead of in a db.migration package found by a class scan.
 */
@Singleton
@Named("default")
class AuditMigrations implements FlywayConfigurationCustomizer {

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.javaMigrations(new OldAuditEventsIntoTheChain());
    }

    @Override
    public String getName() {
        return "default";
    }
}
