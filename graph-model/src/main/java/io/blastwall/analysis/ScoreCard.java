package io.blastwall.analysis;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.Sensitivity;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds up a blast-radius score from what is reached, with a reason for every part. All points are whole
 * numbers, so a score computed entity by entity and one computed by subtraction (the all-identities sweep)
 * are exactly equal. Every entity reached adds points and stronger access adds more, so more reach never
 * lowers the score:
 * <ul>
 *   <li>each crown jewel reached (identity or resource): {@value #CROWN_JEWEL_POINTS};
 *   <li>each resource: access level weight × (1 + sensitivity weight), grouped by access level;
 *   <li>each identity reached: 1 + its sensitivity weight.
 * </ul>
 * Distance is deliberately not part of the score: identities of one strongly connected component reach the
 * same things at different distances, and an exact, shared sweep over all identities needs a score that
 * depends only on what is reached. Paths and hops are shown next to the score instead.
 */
final class ScoreCard {
    static final int CROWN_JEWEL_POINTS = 50;
    private static final AccessLevel[] LEVELS = AccessLevel.values();

    private int crownJewels;
    private int identities;
    private long identityPoints;
    private final int[] resourcesByLevel = new int[LEVELS.length];
    private final long[] pointsByLevel = new long[LEVELS.length];

    static long identityPoints(Sensitivity sensitivity) {
        return 1L + sensitivity.weight();
    }

    static long resourcePoints(AccessLevel access, Sensitivity sensitivity) {
        return (long) access.weight() * (1L + sensitivity.weight());
    }

    ScoreCard copy() {
        ScoreCard c = new ScoreCard();
        c.crownJewels = crownJewels;
        c.identities = identities;
        c.identityPoints = identityPoints;
        System.arraycopy(resourcesByLevel, 0, c.resourcesByLevel, 0, LEVELS.length);
        System.arraycopy(pointsByLevel, 0, c.pointsByLevel, 0, LEVELS.length);
        return c;
    }

    void addCrownJewel() {
        crownJewels++;
    }

    void addIdentity(Sensitivity sensitivity) {
        identities++;
        identityPoints += identityPoints(sensitivity);
    }

    void addResource(AccessLevel access, Sensitivity sensitivity) {
        resourcesByLevel[access.ordinal()]++;
        pointsByLevel[access.ordinal()] += resourcePoints(access, sensitivity);
    }

    /** Undoes {@link #addResource} (a resource of a shared closure that turns out to be an identity reached). */
    void removeResource(AccessLevel access, Sensitivity sensitivity) {
        resourcesByLevel[access.ordinal()]--;
        pointsByLevel[access.ordinal()] -= resourcePoints(access, sensitivity);
    }

    int crownJewels() {
        return crownJewels;
    }

    int identities() {
        return identities;
    }

    int resources() {
        int sum = 0;
        for (int n : resourcesByLevel) {
            sum += n;
        }
        return sum;
    }

    long points() {
        long sum = (long) crownJewels * CROWN_JEWEL_POINTS + identityPoints;
        for (long p : pointsByLevel) {
            sum += p;
        }
        return sum;
    }

    /** The score explained: crown jewels, then resources by access level (strongest first), then identities. */
    List<ScorePart> parts() {
        List<ScorePart> parts = new ArrayList<>();
        if (crownJewels > 0) {
            parts.add(new ScorePart(count(crownJewels, "crown jewel", "crown jewels") + " reached",
                    (double) crownJewels * CROWN_JEWEL_POINTS));
        }
        for (int l = LEVELS.length - 1; l >= 0; l--) {
            if (resourcesByLevel[l] > 0) {
                String what = count(resourcesByLevel[l], "resource", "resources");
                parts.add(new ScorePart(what + " with " + LEVELS[l].label() + " access", pointsByLevel[l]));
            }
        }
        if (identities > 0) {
            parts.add(new ScorePart(count(identities, "identity", "identities") + " reached", identityPoints));
        }
        return parts;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
