package doorstep.bench.week;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * One simulated week for one tenant and one rota: a discrete-event simulation that moves the server's
 * clock from event to event (a contact arrives, a triager finishes one, a shift starts, the breach job
 * ticks), so the server stamps every claim and decision with simulated time.
 */
final class WeekRun {

    static final Duration BREACH_JOB_INTERVAL = Duration.ofMinutes(15);

    private enum Doing { WORKING, WAITING_FOR_WORK, OFF_SHIFT }

    private record Event(Instant at, long order, Runnable action) {
    }

    private final PriorityQueue<Event> events = new PriorityQueue<>(
            Comparator.comparing(Event::at).thenComparingLong(Event::order));
    private final Map<Rota.Triager, Doing> doing = new HashMap<>();
    private final Map<FrontDoor.Rag, Duration> worked = new EnumMap<>(FrontDoor.Rag.class);
    private final FrontDoor door;
    private final ContactLedger ledger;
    private final SimulatedClock clock;
    private final HandlingTimes handling;
    private final SplittableRandom random;
    private final String tenantId;
    private final List<Rota.Triager> triagers;
    private long order;
    private Instant stopAt = Instant.MAX;

    WeekRun(FrontDoor door, ContactLedger ledger, SimulatedClock clock, HandlingTimes handling, long seed,
            String tenantId, Rota rota) {
        this.door = door;
        this.ledger = ledger;
        this.clock = clock;
        this.handling = handling;
        this.random = new SplittableRandom(seed);
        this.tenantId = tenantId;
        this.triagers = rota.triagers();
    }

    /** Runs the window through; returns when the run stopped (the week's last deadline, or the week's end). */
    Instant run(WeekWindow window, List<Arrival> arrivals) {
        Instant start = window.warmUpStart().toInstant();
        clock.rewindTo(start);
        arrivals.forEach(arrival -> at(arrival.at(), () -> arrive(arrival)));
        triagers.forEach(triager -> at(start, () -> work(triager)));
        at(start, this::tickBreachJob);
        Instant weekEnd = window.weekEnd().toInstant();
        at(weekEnd, () -> stopAt = lastDeadline(window).filter(weekEnd::isBefore).orElse(weekEnd));
        while (!events.isEmpty() && !events.peek().at().isAfter(stopAt)) {
            Event next = events.poll();
            clock.moveTo(next.at());
            next.action().run();
        }
        clock.moveTo(stopAt);
        return stopAt;
    }

    /** Triager time spent on contacts, by the server's rating of them. */
    Map<FrontDoor.Rag, Duration> worked() {
        return worked;
    }

    private void arrive(Arrival arrival) {
        door.open(tenantId, arrival);
        for (Rota.Triager triager : triagers) {
            if (doing.get(triager) != Doing.WAITING_FOR_WORK) {
                continue;
            }
            if (triager.onDuty(clock.instant())) {
                work(triager);
                return;
            }
            offUntilNextShift(triager);
        }
    }

    private void work(Rota.Triager triager) {
        Instant now = clock.instant();
        if (!triager.onDuty(now)) {
            offUntilNextShift(triager);
            return;
        }
        Optional<FrontDoor.Claim> claim = door.claimTop(tenantId, triager.uid(), !triager.dayShift());
        if (claim.isEmpty()) {
            doing.put(triager, Doing.WAITING_FOR_WORK);
            return;
        }
        doing.put(triager, Doing.WORKING);
        Duration takes = handling.sample(claim.get().rag(), random);
        worked.merge(claim.get().rag(), takes, Duration::plus);
        at(now.plus(takes), () -> {
            door.decide(tenantId, triager.uid(), claim.get());
            work(triager);
        });
    }

    private void offUntilNextShift(Rota.Triager triager) {
        doing.put(triager, Doing.OFF_SHIFT);
        at(triager.nextOnDuty(clock.instant()), () -> work(triager));
    }

    private void tickBreachJob() {
        door.tickBreachJob(clock.instant());
        at(clock.instant().plus(BREACH_JOB_INTERVAL), this::tickBreachJob);
    }

    private Optional<Instant> lastDeadline(WeekWindow window) {
        return ledger.receivedBetween(tenantId, window.weekStart().toInstant(), window.weekEnd().toInstant()).stream()
                .map(ContactLedger.Row::dueAt).max(Comparator.naturalOrder());
    }

    private void at(Instant when, Runnable action) {
        events.add(new Event(when, order++, action));
    }
}
