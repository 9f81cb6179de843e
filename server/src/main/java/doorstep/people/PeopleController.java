package doorstep.people;

import doorstep.api.PeopleApi;
import doorstep.api.model.MatchReview;
import doorstep.api.model.MatchReviewDecision;
import doorstep.api.model.MatchReviewDecisionDecision;
import doorstep.api.model.MatchReviews;
import doorstep.api.model.Merge;
import doorstep.api.model.PersonIncidents;
import doorstep.api.model.PersonNetwork;
import doorstep.api.model.Relationship;
import doorstep.api.model.RelationshipRequest;
import doorstep.api.model.RiskMarker;
import doorstep.api.model.RiskMarkerRequest;
import doorstep.api.model.UndoMergeRequest;
import doorstep.audit.Actor;
import doorstep.audit.AuditAction;
import doorstep.audit.AuditTrail;
import doorstep.audit.AuditedRecord;
import doorstep.crypto.FieldCipher;
import doorstep.identity.Caller;
import doorstep.identity.CurrentCaller;
import doorstep.identity.Role;
import doorstep.problem.ProblemException;
import doorstep.problem.Violation;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

@Controller
class PeopleController implements PeopleApi {

    private final CurrentCaller currentCaller;
    private final PersonNetworks networks;
    private final ReviewTasks reviews;
    private final RiskMarkerRepository markers;
    private final RelationshipLedger relationships;
    private final FieldCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    PeopleController(CurrentCaller currentCaller, PersonNetworks networks, ReviewTasks reviews,
                     RiskMarkerRepository markers, RelationshipLedger relationships, FieldCipher cipher,
                     AuditTrail audit, Clock clock) {
        this.currentCaller = currentCaller;
        this.networks = networks;
        this.reviews = reviews;
        this.markers = markers;
        this.relationships = relationships;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PersonNetwork getPersonNetwork(UUID personId) {
        Caller caller = mashStaff();
        UUID current = person(caller, personId);
        audit.record(Actor.of(caller), AuditAction.PERSON_NETWORK_READ, AuditedRecord.of("person", current), "MASH triage");
        return networks.networkOf(caller.tenantId(), current);
    }

    @Override
    @Transactional
    public PersonIncidents getPersonIncidents(UUID personId) {
        Caller caller = mashStaff();
        UUID current = person(caller, personId);
        audit.record(Actor.of(caller), AuditAction.PERSON_INCIDENTS_READ, AuditedRecord.of("person", current), "MASH triage");
        return new PersonIncidents(networks.incidentsOf(caller.tenantId(), current));
    }

    @Override
    @Transactional
    public HttpResponse<RiskMarker> addRiskMarker(UUID personId, RiskMarkerRequest request) {
        Caller caller = mashStaff();
        UUID current = person(caller, personId);
        if (request.getExpiresOn() != null && request.getExpiresOn().isBefore(request.getRecordedOn())) {
            throw ProblemException.invalid("The marker would expire before it was recorded.",
                    List.of(new Violation("expiresOn", "must not be before recordedOn")));
        }
        RiskMarkerRow row = RiskMarkers.save(markers, cipher, caller.tenantId(), current, request, caller.uid(),
                clock.instant());
        audit.record(Actor.of(caller), AuditAction.RISK_MARKER_ADDED, AuditedRecord.of("person", current),
                "MASH work");
        return HttpResponse.status(HttpStatus.CREATED).body(RiskMarkers.toWire(row, cipher));
    }

    @Override
    @Transactional
    public HttpResponse<Relationship> addRelationship(UUID personId, RelationshipRequest request) {
        Caller caller = mashStaff();
        UUID from = person(caller, personId);
        UUID to = person(caller, request.getToPersonId());
        if (from.equals(to)) {
            throw ProblemException.invalid("A person cannot be related to themselves.",
                    List.of(new Violation("toPersonId", "must be another person")));
        }
        RelationshipRow row = relationships.record(caller.tenantId(), from, to,
                RelationshipKind.fromWire(request.getKind().getValue()), request.getReason(), "mash", caller.uid());
        audit.record(Actor.of(caller), AuditAction.RELATIONSHIP_ADDED, AuditedRecord.of("person", from), "MASH work");
        return HttpResponse.status(HttpStatus.CREATED).body(relationships.toWire(row));
    }

    @Override
    public MatchReviews listMatchReviews(Integer limit) {
        return new MatchReviews(reviews.open(mashStaff(), limit == null ? 50 : limit));
    }

    @Override
    public MatchReview getMatchReview(UUID reviewId) {
        return reviews.read(mashStaff(), reviewId);
    }

    @Override
    public MatchReview decideMatchReview(UUID reviewId, MatchReviewDecision decision) {
        return reviews.decide(mashStaff(), reviewId,
                decision.getDecision() == MatchReviewDecisionDecision.SAME_PERSON, decision.getReason());
    }

    @Override
    public Merge undoMerge(UUID mergeId, UndoMergeRequest request) {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_MANAGER);
        return reviews.undo(caller, mergeId, request.getReason());
    }

    private Caller mashStaff() {
        Caller caller = currentCaller.get();
        caller.requireAnyOf(Role.MASH_TRIAGER, Role.MASH_MANAGER);
        return caller;
    }

    private UUID person(Caller caller, UUID personId) {
        return networks.current(caller.tenantId(), personId).orElseThrow(() -> ProblemException.notFound("person"));
    }
}
