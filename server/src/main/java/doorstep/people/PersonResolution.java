package doorstep.people;

import doorstep.crypto.BlindIndex;
import doorstep.people.matching.BlockingKeys;
import doorstep.people.matching.Evidence;
import doorstep.people.matching.NormalisedPerson;
import doorstep.people.matching.PersonMatcher;
import doorstep.people.matching.Resolution;
import doorstep.people.matching.Resolver;
import doorstep.people.matching.TermFrequencies;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Files each mention under a person: the same mention again keeps its person (the exact identifier);
 * otherwise candidates come from blind-indexed blocking keys and the matcher's weight decides between
 * linking, a new person with a review task, or a new person. The people its own capture's other
 * mentions went to are no candidates ({@link KnownApart}).
 */
@Singleton
public class PersonResolution {

    private final PersonRepository persons;
    private final MentionRepository mentions;
    private final SealedMentions sealedMentions;
    private final BlockKeyIndex blockKeys;
    private final NameCounts nameCounts;
    private final MentionTally tally;
    private final MatchReviewRepository reviews;
    private final MentionRecords records;
    private final Survivors survivors;
    private final KnownApart knownApart;
    private final BlindIndex blindIndex;
    private final PersonMatcher matcher = new PersonMatcher();
    private final PeopleConfiguration configuration;
    private final JsonMapper json;
    private final ApplicationEventPublisher<NamesSeen> namesSeen;
    private final ApplicationEventPublisher<MentionsFiled> mentionsFiled;
    private final Clock clock;

    PersonResolution(PersonRepository persons, MentionRepository mentions, SealedMentions sealedMentions,
                     BlockKeyIndex blockKeys,
                     NameCounts nameCounts, MentionTally tally, MatchReviewRepository reviews,
                     MentionRecords records, Survivors survivors, KnownApart knownApart, BlindIndex blindIndex,
                     PeopleConfiguration configuration, JsonMapper json,
                     ApplicationEventPublisher<NamesSeen> namesSeen,
                     ApplicationEventPublisher<MentionsFiled> mentionsFiled, Clock clock) {
        this.persons = persons;
        this.mentions = mentions;
        this.sealedMentions = sealedMentions;
        this.blockKeys = blockKeys;
        this.nameCounts = nameCounts;
        this.tally = tally;
        this.reviews = reviews;
        this.records = records;
        this.survivors = survivors;
        this.knownApart = knownApart;
        this.blindIndex = blindIndex;
        this.configuration = configuration;
        this.json = json;
        this.namesSeen = namesSeen;
        this.mentionsFiled = mentionsFiled;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public ResolvedMention resolve(String tenantId, MentionInput mention) {
        Optional<MentionRow> seen = mentions.findByIdAndTenantId(mention.mentionId(), tenantId);
        if (seen.isPresent()) {
            UUID person = survivors.survivorsOf(tenantId, List.of(seen.get().personId())).get(seen.get().personId());
            return new ResolvedMention(mention.mentionId(), person, ResolutionDecision.LINKED, null, null);
        }
        StoredPersonIndex index = new StoredPersonIndex(tenantId, blockKeys, sealedMentions, records, survivors,
                knownApart, configuration.candidateLimit());
        Set<String> sameCapture = knownApart.peopleOfCapture(tenantId, mention.sourceType(), mention.sourceId())
                .stream().map(UUID::toString).collect(Collectors.toSet());
        StoredTermFrequencies frequencies = new StoredTermFrequencies(tenantId, blindIndex, nameCounts,
                tally.mentions(tenantId));
        NormalisedPerson normalised = mention.record().normalised();
        Resolution resolution = new Resolver(matcher, frequencies, configuration.thresholds())
                .resolve(normalised, index, sameCapture);
        UUID candidate = resolution.personId() == null ? null : UUID.fromString(resolution.personId());
        Double weight = resolution.best() == null ? null : resolution.best().weight();
        Instant now = clock.instant();
        ResolvedMention resolved = switch (resolution.band()) {
            case CONFIDENT -> new ResolvedMention(mention.mentionId(), candidate, ResolutionDecision.LINKED, candidate, weight);
            case POSSIBLE -> new ResolvedMention(mention.mentionId(), newPerson(tenantId, now), ResolutionDecision.REVIEW,
                    candidate, weight);
            case NO_MATCH -> new ResolvedMention(mention.mentionId(), newPerson(tenantId, now), ResolutionDecision.NEW,
                    candidate, weight);
        };
        file(tenantId, mention, normalised, resolved, frequencies, now);
        if (resolved.decision() == ResolutionDecision.REVIEW) {
            reviews.save(new MatchReviewRow(UUID.randomUUID(), tenantId, mention.mentionId(), resolved.personId(),
                    candidate, weight, evidenceJson(resolution.best().evidence()), ReviewState.OPEN, now, null, null,
                    null, null, 0));
        }
        return resolved;
    }

    private UUID newPerson(String tenantId, Instant now) {
        return persons.save(new PersonRow(UUID.randomUUID(), tenantId, null, now, 0)).id();
    }

    private void file(String tenantId, MentionInput mention, NormalisedPerson normalised, ResolvedMention resolved,
                      StoredTermFrequencies frequencies, Instant now) {
        mentions.save(new MentionRow(mention.mentionId(), tenantId, resolved.personId(), mention.sourceType(),
                mention.sourceId(), mention.role(), mention.occurredAt(), records.seal(mention.mentionId(), mention.record()),
                resolved.decision().wireName(), resolved.weight(), now));
        mentionsFiled.publishEvent(new MentionsFiled(tenantId, mention.mentionId()));
        blockKeys.file(tenantId, mention.mentionId(), resolved.personId(), BlockingKeys.of(normalised));
        namesSeen.publishEvent(new NamesSeen(tenantId, List.of(
                new NameCounts.NameValue(TermFrequencies.NamePart.GIVEN.name(),
                        frequencies.indexOf(TermFrequencies.NamePart.GIVEN, normalised.givenName())),
                new NameCounts.NameValue(TermFrequencies.NamePart.FAMILY.name(),
                        frequencies.indexOf(TermFrequencies.NamePart.FAMILY, normalised.familyName())))));
    }

    private String evidenceJson(List<Evidence> evidence) {
        try {
            return json.writeValueAsString(evidence.stream()
                    .map(e -> Map.of("comparison", e.comparison(), "level", e.level(), "weight", e.weight()))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Match evidence could not be written", e);
        }
    }
}
