package io.blastwall.importer.aws.policy;

/**
 * Whether a question is about some of the requests a pattern matches ("can it create some role?") or all of them
 * ("can it do {@code *} on {@code *}?"). For SOME an allow must overlap and a deny must cover; for ALL the reverse.
 */
enum Scope {
    SOME,
    ALL;

    boolean allows(BoundStatement s, String action, String resource) {
        return this == SOME
                ? s.overlapsAction(action) && s.allowsPartOf(resource)
                : s.coversAction(action) && s.coversAllOf(resource);
    }

    boolean denies(BoundStatement s, String action, String resource) {
        return this == SOME
                ? s.coversAction(action) && s.coversAllOf(resource)
                : s.overlapsAction(action) && s.allowsPartOf(resource);
    }
}
