package io.blastwall.importer.kubernetes;

import java.util.List;

/**
 * Which host paths give a container its node (catalogue §2.3, KubeHound's mount lists): a mount reaches a host
 * file when it is that file or one of its parent directories ({@code /} reaches everything).
 */
final class HostPaths {
    /** The kubelet's pod directory: every pod's service-account token (K8S-NODE-01, EXPLOIT_HOST_TRAVERSE). */
    static final List<String> KUBELET_PODS = List.of("/var/lib/kubelet/pods");
    /** {@code core_pattern} runs a program as root on the host (K8S-CE-05). */
    static final List<String> CORE_PATTERN = List.of("/proc/sys/kernel");
    /** Log symlinks read any host file through {@code kubectl logs} (K8S-CE-06). */
    static final List<String> LOGS = List.of("/var/log");
    /** Container-runtime sockets: any container, any host path, read-only still works (K8S-CE-08). */
    static final List<String> RUNTIME_SOCKETS = List.of("/var/run/docker.sock", "/run/docker.sock",
            "/run/containerd/containerd.sock", "/var/run/containerd/containerd.sock", "/var/run/crio/crio.sock",
            "/run/crio/crio.sock", "/var/run/cri-dockerd.sock", "/run/cri-dockerd.sock");
    /** Directories whose write access gives code execution on the host: cron, systemd, binaries, kubelet (K8S-CE-07). */
    private static final List<String> WRITE = List.of("/etc", "/root", "/home", "/usr", "/bin", "/sbin", "/lib", "/lib64",
            "/boot", "/dev", "/opt/cni/bin", "/var/spool/cron", "/var/lib/kubelet");
    /** Directories whose read access leaks host credentials: SSH keys, kubelet credentials, other processes (K8S-CE-07). */
    private static final List<String> READ = List.of("/etc", "/root", "/home", "/proc");

    private HostPaths() {}

    static String normal(String path) {
        String p = path.replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    /** True when the mounted path is one of the targets or a parent directory of one. */
    static boolean reaches(String mounted, List<String> targets) {
        return targets.stream().anyMatch(t -> t.equals(mounted) || mounted.equals("/") || t.startsWith(mounted + "/"));
    }

    /** True when the mounted path is a target, a parent of one, or inside one. */
    private static boolean touches(String mounted, List<String> targets) {
        return reaches(mounted, targets) || targets.stream().anyMatch(t -> mounted.startsWith(t + "/"));
    }

    static boolean reachesKubeletPods(String mounted) {
        return reaches(mounted, KUBELET_PODS) || mounted.startsWith("/var/lib/kubelet/pods/");
    }

    static boolean isSensitiveWrite(String mounted) {
        return touches(mounted, WRITE);
    }

    static boolean isSensitiveRead(String mounted) {
        return touches(mounted, READ);
    }

    static boolean isSensitive(String mounted) {
        return isSensitiveWrite(mounted) || isSensitiveRead(mounted) || reaches(mounted, CORE_PATTERN) || reaches(mounted, LOGS)
                || reaches(mounted, RUNTIME_SOCKETS) || reachesKubeletPods(mounted);
    }
}
