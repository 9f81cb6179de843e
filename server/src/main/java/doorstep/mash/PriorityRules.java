package doorstep.mash;

import doorstep.capture.RiskSignal;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rates a contact the moment it lands, from what its capture reported and what the MASH found:
 * each fact has a rating by the tenant's rules (or the defaults), the highest wins, and a child's
 * third or later contact in 12 months raises it one step, saying why.
 */
@Singleton
class PriorityRules {

    static final int REPEAT_FROM = 3;

    private static final Map<String, RagRating> DEFAULTS = defaults();

    private final Map<String, Map<String, RagRating>> byTenant = new HashMap<>();

    PriorityRules(List<TenantRulesConfiguration> tenants) {
        for (TenantRulesConfiguration tenant : tenants) {
            Map<String, RagRating> own = new HashMap<>(DEFAULTS);
            (tenant.rules() == null ? Map.<String, String>of() : tenant.rules())
                    .forEach((rule, rating) -> own.put(known(tenant.name(), rule), rating(tenant.name(), rule, rating)));
            byTenant.put(tenant.name(), own);
        }
    }

    Rating rate(String tenantId, Set<RiskSignal> signals, Set<LinkedRisk> linked, int repeatCount) {
        Map<String, RagRating> rules = byTenant.getOrDefault(tenantId, DEFAULTS);
        List<RatingReason> facts = new ArrayList<>();
        signals.stream().sorted().forEach(signal -> facts.add(new RatingReason(signal.rule(), signal.text())));
        linked.stream().sorted().forEach(risk -> facts.add(new RatingReason(risk.rule(), risk.text())));
        RagRating top = facts.stream().map(fact -> rules.get(key(fact.rule())))
                .min(Comparator.naturalOrder()).orElseThrow(() -> new IllegalArgumentException("nothing to rate"));
        List<RatingReason> reasons = new ArrayList<>(facts.stream()
                .filter(fact -> rules.get(key(fact.rule())) == top).toList());
        if (repeatCount >= REPEAT_FROM && top != RagRating.RED) {
            reasons.add(new RatingReason(RatingReason.REPEAT_RULE, ordinal(repeatCount) + " contact about this child in 12 months"));
            return new Rating(RagRating.values()[top.ordinal() - 1], reasons, repeatCount);
        }
        return new Rating(top, reasons, repeatCount);
    }

    /** Red for the gravest facts, amber for those that need a decision soon, green for the rest. */
    private static Map<String, RagRating> defaults() {
        Map<String, RagRating> rules = new LinkedHashMap<>();
        Stream.of(RiskSignal.DASH_HIGH, RiskSignal.JUDGEMENT_HIGH, RiskSignal.CHILD_UNDER_ONE, RiskSignal.INJURY,
                        RiskSignal.EXPLOITATION_AT_THRESHOLD, RiskSignal.EXPLOITATION_JUDGED_HIGH, RiskSignal.IMMEDIATE_RISK)
                .forEach(signal -> rules.put(key(signal.rule()), RagRating.RED));
        Stream.of(RiskSignal.DASH_MEDIUM, RiskSignal.CHILD_UNDER_FIVE, RiskSignal.MISSING_EPISODE, RiskSignal.ESCALATION)
                .forEach(signal -> rules.put(key(signal.rule()), RagRating.AMBER));
        Arrays.stream(RiskSignal.values()).forEach(signal -> rules.putIfAbsent(key(signal.rule()), RagRating.GREEN));
        rules.put(key(LinkedRisk.SEXUAL_HARM.rule()), RagRating.RED);
        rules.put(key(LinkedRisk.DOMESTIC_ABUSE.rule()), RagRating.AMBER);
        return Collections.unmodifiableMap(rules);
    }

    /** Configuration may spell a rule {@code dash-high} or, once bound, {@code dashHigh}: both name one rule. */
    private static String key(String rule) {
        return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String known(String tenant, String rule) {
        if (!DEFAULTS.containsKey(key(rule))) {
            List<String> names = Stream.concat(Arrays.stream(RiskSignal.values()).map(RiskSignal::rule),
                    Arrays.stream(LinkedRisk.values()).map(LinkedRisk::rule)).toList();
            throw new IllegalStateException("doorstep.mash.tenants." + tenant + ".rules." + rule
                    + " is not a rule: use one of " + names);
        }
        return key(rule);
    }

    private static RagRating rating(String tenant, String rule, String rating) {
        try {
            return RagRating.valueOf(rating.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("doorstep.mash.tenants." + tenant + ".rules." + rule + " is '" + rating
                    + "': use red, amber or green", e);
        }
    }

    private static String ordinal(int count) {
        return switch (count) {
            case 3 -> "Third";
            case 4 -> "Fourth";
            case 5 -> "Fifth";
            case 6 -> "Sixth";
            case 7 -> "Seventh";
            case 8 -> "Eighth";
            case 9 -> "Ninth";
            default -> count + (count % 100 >= 11 && count % 100 <= 13 ? "th" : switch (count % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            });
        };
    }
}
