package io.blastwall.analysis;

import java.util.Arrays;

/**
 * Strongly connected components of the traversable relations, by an iterative Tarjan search on the CSR
 * arrays (no recursion, so deep chains cannot overflow the stack). Every identity of one component reaches
 * exactly the same entities, which lets the all-identities sweep compute one search per component.
 * Components are numbered in reverse topological order of the condensation (sinks first).
 */
final class StrongComponents {
    private final int[] component;
    private final int[] memberStart;
    private final int[] members;

    private StrongComponents(int[] component, int count) {
        this.component = component;
        memberStart = new int[count + 1];
        for (int c : component) {
            memberStart[c + 1]++;
        }
        for (int c = 0; c < count; c++) {
            memberStart[c + 1] += memberStart[c];
        }
        int[] fill = Arrays.copyOf(memberStart, count);
        members = new int[component.length];
        for (int v = 0; v < component.length; v++) {
            members[fill[component[v]]++] = v;
        }
    }

    static StrongComponents of(EdgeRows edges, int vertices) {
        return new Tarjan(edges, vertices).run();
    }

    int count() {
        return memberStart.length - 1;
    }

    int componentOf(int v) {
        return component[v];
    }

    int memberBegin(int c) {
        return memberStart[c];
    }

    int memberEnd(int c) {
        return memberStart[c + 1];
    }

    int member(int position) {
        return members[position];
    }

    private static final class Tarjan {
        private final EdgeRows edges;
        private final int[] order;
        private final int[] low;
        private final int[] component;
        private final int[] stack;
        private final int[] callVertex;
        private final int[] callEdge;
        private int counter;
        private int stackSize;
        private int components;

        Tarjan(EdgeRows edges, int n) {
            this.edges = edges;
            order = new int[n];
            Arrays.fill(order, -1);
            low = new int[n];
            component = new int[n];
            Arrays.fill(component, -1);
            stack = new int[n];
            callVertex = new int[n];
            callEdge = new int[n];
        }

        StrongComponents run() {
            for (int v = 0; v < order.length; v++) {
                if (order[v] < 0) {
                    search(v);
                }
            }
            return new StrongComponents(component, components);
        }

        private void search(int root) {
            int depth = enter(root, 0);
            while (depth > 0) {
                int v = callVertex[depth - 1];
                int e = callEdge[depth - 1];
                if (e < edges.end(v)) {
                    callEdge[depth - 1] = e + 1;
                    int w = edges.target(e);
                    if (order[w] < 0) {
                        depth = enter(w, depth);
                    } else if (component[w] < 0) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                } else {
                    depth--;
                    if (low[v] == order[v]) {
                        closeComponent(v);
                    }
                    if (depth > 0) {
                        int parent = callVertex[depth - 1];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }

        private int enter(int v, int depth) {
            order[v] = counter;
            low[v] = counter++;
            stack[stackSize++] = v;
            callVertex[depth] = v;
            callEdge[depth] = edges.begin(v);
            return depth + 1;
        }

        private void closeComponent(int v) {
            int w;
            do {
                w = stack[--stackSize];
                component[w] = components;
            } while (w != v);
            components++;
        }
    }
}
