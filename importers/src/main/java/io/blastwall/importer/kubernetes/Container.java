package io.blastwall.importer.kubernetes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One container of a pod spec with the settings that decide whether it can escape to its node.
 *
 * @param name the container's name
 * @param privileged {@code securityContext.privileged}
 * @param capabilities the capabilities added, upper case without {@code CAP_} ({@code ALL} stays {@code ALL})
 * @param root true when it runs as root ({@code runAsUser: 0}), false when it cannot ({@code runAsNonRoot}, or
 *     another user), empty when the image decides
 * @param appArmorUnconfined true when its AppArmor profile is {@code Unconfined} (field or annotation)
 * @param mounts the host paths it mounts
 */
record Container(String name, boolean privileged, Set<String> capabilities, Optional<Boolean> root, boolean appArmorUnconfined,
        List<HostMount> mounts) {
    Container {
        capabilities = Set.copyOf(capabilities);
        mounts = List.copyOf(mounts);
    }

    /**
     * A host path mounted into the container.
     *
     * @param path the host path, with the mount's {@code subPath} appended
     * @param readOnly true when the mount is read-only
     * @param volume the pod volume's name
     */
    record HostMount(String path, boolean readOnly, String volume) {}

    /** True when the container holds the capability: added, {@code ALL}, or privileged. */
    boolean has(String capability) {
        return privileged || capabilities.contains(capability) || capabilities.contains("ALL");
    }

    /** True when the capability is added explicitly ({@code ALL} included), not only through privileged. */
    boolean adds(String capability) {
        return capabilities.contains(capability) || capabilities.contains("ALL");
    }

    /** True unless it is known not to run as root. */
    boolean mayRunAsRoot() {
        return root.orElse(true);
    }
}
