package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Sensitivity;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Computes the score card of one component's acting set for the all-identities sweep. The search starts
 * at the component and, as soon as it meets a component summarised in a {@link ClosureHub} (preferring the
 * biggest one next door), adopts that hub: it stops searching inside the hub's closure and only lists what
 * lies outside it. The card is then the hub's card, corrected by what the listed entities add: identities
 * (some were resources of the hub), stronger access to the hub's resources, and new resources.
 * Reuses stamped arrays between calls; not thread-safe.
 */
final class ComponentClosure implements ActingSet {
    private static final BitSet NOTHING_HIDDEN = new BitSet();
    private static final AccessLevel[] LEVELS = AccessLevel.values();

    private final GraphIndex index;
    private final StrongComponents components;
    private final ClosureHub[] hubs;
    private final ResourceLevels offers;
    private final int[] stamp;
    private final int[] queue;
    private int epoch;
    private int count;
    private int source;
    private ClosureHub hub;

    ComponentClosure(GraphIndex index, StrongComponents components, ClosureHub[] hubs) {
        this.index = index;
        this.components = components;
        this.hubs = hubs;
        this.offers = new ResourceLevels(index);
        stamp = new int[index.entityCount()];
        queue = new int[index.entityCount()];
    }

    /** The card of the acting set of {@code representative}, a member of {@code component}, itself included. */
    ScoreCard compute(int component, int representative) {
        hub = biggestHubNextTo(component);
        search(representative);
        offers.collect(this, NOTHING_HIDDEN);
        ScoreCard card = hub == null ? new ScoreCard() : hub.card();
        addListed(card);
        addOffers(card);
        return card;
    }

    private ClosureHub biggestHubNextTo(int component) {
        ClosureHub best = null;
        EdgeRows edges = index.traversable();
        for (int p = components.memberBegin(component); p < components.memberEnd(component); p++) {
            int u = components.member(p);
            for (int e = edges.begin(u); e < edges.end(u); e++) {
                ClosureHub h = hubs[components.componentOf(edges.target(e))];
                if (h != null && (best == null || h.bytes() > best.bytes())) {
                    best = h;
                }
            }
        }
        return best;
    }

    private void search(int start) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        source = start;
        count = 0;
        visit(start);
        EdgeRows edges = index.traversable();
        for (int head = 0; head < count; head++) {
            int u = queue[head];
            if (hub != null && hub.acts(u)) {
                continue;
            }
            for (int e = edges.begin(u), end = edges.end(u); e < end; e++) {
                int v = edges.target(e);
                if (stamp[v] != epoch && !adopted(v)) {
                    visit(v);
                }
            }
        }
        dropHubMembers();
    }

    /** True when {@code v} lies in the adopted hub, adopting the hub of {@code v}'s component if there is none yet. */
    private boolean adopted(int v) {
        if (hub == null) {
            hub = hubs[components.componentOf(v)];
            return hub != null;
        }
        return hub.acts(v);
    }

    private void visit(int v) {
        stamp[v] = epoch;
        queue[count++] = v;
    }

    /** Entities listed before the hub was adopted may lie inside it: the hub already accounts for them. */
    private void dropHubMembers() {
        if (hub == null) {
            return;
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (!hub.acts(queue[i])) {
                queue[kept++] = queue[i];
            }
        }
        count = kept;
    }

    private void addListed(ScoreCard card) {
        for (int i = 0; i < count; i++) {
            int v = queue[i];
            if (index.isIdentity(v)) {
                Sensitivity s = index.sensitivity(v);
                card.addIdentity(s);
                int was = hub == null ? -1 : hub.levelOrdinal(v);
                if (was >= 0) {
                    card.removeResource(LEVELS[was], s);
                } else if (index.isCrownJewel(v)) {
                    card.addCrownJewel();
                }
            }
        }
    }

    private void addOffers(ScoreCard card) {
        for (int i = 0; i < offers.count(); i++) {
            int r = offers.resource(i);
            AccessLevel level = offers.level(r);
            Sensitivity s = index.sensitivity(r);
            int was = hub == null ? -1 : hub.levelOrdinal(r);
            if (was < 0) {
                card.addResource(level, s);
                if (index.isCrownJewel(r)) {
                    card.addCrownJewel();
                }
            } else if (level.isStrongerThan(LEVELS[was])) {
                card.removeResource(LEVELS[was], s);
                card.addResource(level, s);
            }
        }
    }

    /** Entities the last computation found outside the hub it adopted: listed ones and resources offered. */
    int newEntities() {
        return count + offers.count();
    }

    /** The closure just computed, as a hub for the components that reach it. */
    ClosureHub toHub(ScoreCard card) {
        return ClosureHub.extend(hub, index, this, offers, card);
    }

    @Override
    public int source() {
        return source;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int vertex(int i) {
        return queue[i];
    }

    @Override
    public boolean contains(int v) {
        return stamp[v] == epoch || (hub != null && hub.acts(v));
    }
}
