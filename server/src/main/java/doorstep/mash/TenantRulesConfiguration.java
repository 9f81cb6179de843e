package doorstep.mash;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * One tenant's own priority rules: {@code doorstep.mash.tenants.<tenant-id>.rules.<rule>: red|amber|green},
 * where a rule is a risk signal's name (e.g. {@code dash-medium}) or a linked risk's
 * ({@code linked-domestic-abuse}). Rules a tenant leaves out keep the defaults in {@link PriorityRules}.
 */
@EachProperty("doorstep.mash.tenants")
record TenantRulesConfiguration(@Parameter String name, @Nullable Map<String, String> rules) {
}
