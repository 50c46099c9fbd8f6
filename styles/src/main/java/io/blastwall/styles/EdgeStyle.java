package io.blastwall.styles;

import java.util.Locale;

/** How an edge of the access graph is drawn; each has a {@code -br-edge-*} token in both themes. */
public enum EdgeStyle {
    /** An edge an attacker can follow to act as another identity (assume, pass, impersonate...). */
    TRAVERSABLE,
    /** An identity's access to a resource. */
    ACCESS,
    /** A relation that carries no access by itself (policy attachment, ownership). */
    INFORMATIONAL,
    /** An edge on the attack path being shown. */
    ATTACK_PATH,
    /** An edge removed by the cut being simulated. */
    CUT,
    /** An escalation: passing a role, writing credentials or changing the permissions of another identity. */
    ESCALATION,
    /** Control of a whole account or cluster, or of the identities in it (admin of, controls). */
    CONTROL,
    /** An edge that a simulated cut leaves leading to or from something no longer reached. */
    LOST;

    /** The looked-up colour of this edge style, e.g. {@code -br-edge-attack-path}. */
    public String token() {
        return "-br-edge-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
