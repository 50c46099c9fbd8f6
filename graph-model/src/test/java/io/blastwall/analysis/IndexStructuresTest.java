package io.blastwall.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.blastwall.model.AccessLevel;
import io.blastwall.model.EntityId;
import io.blastwall.model.GrantId;
import io.blastwall.model.IdentityGraph;
import io.blastwall.model.Relation;
import io.blastwall.model.RelationKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact parts of the index: inline grants, access levels beside targets, filtered views, id search. */
class IndexStructuresTest {

    @Test
    void strongerAccessIsTheLargerOrdinalSoLevelsCanBeComparedAsBytes() {
        for (AccessLevel a : AccessLevel.values()) {
            for (AccessLevel b : AccessLevel.values()) {
                assertEquals(a.isStrongerThan(b), a.ordinal() > b.ordinal(), a + " vs " + b);
            }
        }
    }

    @Test
    void relationGrantsHoldNoneOneOrManyGrantsInOrder() {
        int[][] lists = {{}, {4}, {2, 0, 3}, {1}, {}, {3, 3}};
        RelationGrants grants = RelationGrants.of(lists.length, r -> lists[r]);

        for (int r = 0; r < lists.length; r++) {
            int[] read = new int[grants.count(r)];
            for (int i = 0; i < read.length; i++) {
                read[i] = grants.grant(r, i);
            }
            assertArrayEquals(lists[r], read, "relation " + r);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> grants.grant(1, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> grants.grant(0, 0));
        EdgeRows users = grants.users(5);
        assertEquals(List.of(2), row(users, 0));
        assertEquals(List.of(3), row(users, 1));
        assertEquals(List.of(2, 5, 5), row(users, 3));
        assertEquals(List.of(1), row(users, 4));
    }

    @Test
    void accessRowsCarryEachRelationsLevelAndViewsFilterThemInOrder() {
        IdentityGraph g = RadiusSweepPropertyTest.randomGraph(new Random(9), 30, 20);
        GraphIndex index = new GraphIndex(g);
        BitSet hide = new BitSet();
        Random random = new Random(1);
        for (int r = 0; r < index.relationCount(); r++) {
            hide.set(r, random.nextBoolean());
        }

        GraphIndex view = index.without(hide);

        EdgeRows access = index.access();
        for (int u = 0; u < index.entityCount(); u++) {
            for (int e = access.begin(u); e < access.end(u); e++) {
                Relation relation = index.relation(access.item(e));
                assertEquals(relation.access(), GraphIndex.level(access.level(e)));
                assertEquals(index.isIdentity(access.target(e)),
                        (access.levels()[e] & EdgeRows.TARGET_IS_IDENTITY) != 0);
                assertEquals(relation.to(), index.id(access.target(e)));
                assertEquals(u, index.from(access.item(e)));
                assertEquals(access.target(e), index.to(access.item(e)));
            }
        }
        for (int u = 0; u < index.entityCount(); u++) {
            assertEquals(visible(index.access(), u, hide), positions(view.access(), u));
            assertEquals(visible(index.accessIn(), u, hide), positions(view.accessIn(), u));
            assertEquals(visible(index.traversable(), u, hide), positions(view.traversable(), u));
            assertEquals(visible(index.traversableIn(), u, hide), positions(view.traversableIn(), u));
            for (int e = view.access().begin(u); e < view.access().end(u); e++) {
                assertEquals(index.relation(view.access().item(e)).access(), GraphIndex.level(view.access().level(e)));
            }
        }
        for (int gr = 0; gr < index.grantCount(); gr++) {
            List<Integer> users = row(view.grantUsers(), gr);
            assertEquals(row(index.grantUsers(), gr).stream().filter(r -> !hide.get(r)).toList(), users);
        }
    }

    @Test
    void idsAreFoundBySearchAndUnknownOnesAreNamed() {
        IdentityGraph g = RadiusSweepPropertyTest.randomGraph(new Random(4), 20, 10);
        GraphIndex index = new GraphIndex(g);

        for (int v = 0; v < index.entityCount(); v++) {
            assertEquals(v, index.require(index.id(v)));
        }
        for (int gr = 0; gr < index.grantCount(); gr++) {
            assertEquals(gr, index.grantNumber(index.grant(gr).id()));
        }
        assertEquals(-1, index.grantNumber(GrantId.of("no such grant")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> index.require(EntityId.of("nobody")));
        assertEquals("no entity nobody in this graph", e.getMessage());
        assertEquals(g.relations().stream().filter(r -> r.kind() == RelationKind.CAN_ACCESS).count(),
                index.access().targets().length);
    }

    private static List<Integer> row(EdgeRows rows, int row) {
        List<Integer> list = new ArrayList<>();
        for (int e = rows.begin(row); e < rows.end(row); e++) {
            list.add(rows.target(e));
        }
        return list;
    }

    /** (target, item) pairs of a row. */
    private static List<List<Integer>> positions(EdgeRows rows, int row) {
        List<List<Integer>> list = new ArrayList<>();
        for (int e = rows.begin(row); e < rows.end(row); e++) {
            list.add(List.of(rows.target(e), rows.item(e)));
        }
        return list;
    }

    private static List<List<Integer>> visible(EdgeRows rows, int row, BitSet hidden) {
        return positions(rows, row).stream().filter(p -> !hidden.get(p.get(1))).toList();
    }

}
