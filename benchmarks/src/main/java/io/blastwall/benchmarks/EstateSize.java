package io.blastwall.benchmarks;

/**
 * The size of a generated estate.
 *
 * @param identities identities of every kind (roles, service accounts, keys, humans, groups, federated
 *     principals, Kubernetes service accounts, workloads, AI agents, cloud service principals)
 * @param resources resources (data stores, secrets, queues...; accounts, clusters and policies come on top)
 * @param relations relations of every kind, exactly this many (most are {@code CAN_ACCESS} from shared policies)
 * @param seed the seed: the same size and seed give the same graph
 */
public record EstateSize(int identities, int resources, int relations, long seed) {
    /** The benchmark scale of issue 4: 50,000 identities, 500,000 resources, 5,000,000 relations. */
    public static final EstateSize ENTERPRISE = new EstateSize(50_000, 500_000, 5_000_000, 42L);

    public EstateSize {
        if (identities < 1_000) {
            throw new IllegalArgumentException("an estate needs at least 1,000 identities, not " + identities);
        }
        if (resources < 10 * accounts(identities)) {
            throw new IllegalArgumentException("an estate needs at least 10 resources per account");
        }
        if (relations < 4 * identities) {
            throw new IllegalArgumentException("an estate needs at least 4 relations per identity");
        }
    }

    /** Cloud accounts: one per 500 identities, at least 2. */
    public int accounts() {
        return accounts(identities);
    }

    /** Kubernetes clusters: one per 10 accounts, at least 1; each has {@link #NAMESPACES_PER_CLUSTER} namespaces. */
    public int clusters() {
        return Math.max(1, accounts() / 10);
    }

    static final int NAMESPACES_PER_CLUSTER = 20;

    private static int accounts(int identities) {
        return Math.max(2, identities / 500);
    }

    /** An estate of the benchmark's shape (1 identity and 10 resources per 100 relations) with {@code relations}. */
    public static EstateSize ofRelations(int relations) {
        return new EstateSize(Math.max(1_000, relations / 100), Math.max(2_000, relations / 10), relations,
                ENTERPRISE.seed);
    }

    /** {@code 50,000 identities / 500,000 resources / 5,000,000 relations (seed 42)}. */
    public String describe() {
        return "%,d identities / %,d resources / %,d relations (seed %d)".formatted(identities, resources, relations, seed);
    }
}
