package io.blastwall.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Paths, reverse reach, cuts with options, what-ifs, markings and diffs over the sample in a real embedded store. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliAnalysisTest {
    private static final String AGENT = "support-agent";
    private static final String CUSTOMER_DATA = "northwind-prod-customer-data";

    @TempDir
    static Path dataDir;

    private static CliRun blastwall(String... args) {
        CliRun run = blastwallExiting(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ":\n" + run.out() + run.err());
        return run;
    }

    private static CliRun blastwallExiting(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dataDir.toString();
        return CliRun.of(all);
    }

    /** The grant ids line of the first cut printed. */
    private static String grantIds(CliRun cuts) {
        return cuts.out().lines().filter(l -> l.startsWith("Grant ids")).findFirst().orElseThrow()
                .replaceFirst("^[^:]*: ", "");
    }

    private static int pathCount(CliRun paths) {
        return Integer.parseInt(paths.out().substring(0, paths.out().indexOf(' ')));
    }

    @Test
    @Order(1)
    void kShortestPathsListAtLeastTheShortestOnes() {
        blastwall("analyze", "--sample");

        CliRun one = blastwall("paths", "--from", "github-actions-ci");
        CliRun three = blastwall("paths", "--from", "github-actions-ci", "--k", "3");

        assertTrue(pathCount(one) >= 1, one.out());
        assertTrue(pathCount(three) > pathCount(one), three.out());
    }

    @Test
    @Order(2)
    void reverseListsWhoCanReachATarget() {
        CliRun run = blastwall("paths", "--to", CUSTOMER_DATA, "--reverse");

        assertTrue(run.out().contains("can reach " + CUSTOMER_DATA), run.out());
        assertTrue(run.out().contains(AGENT), run.out());
    }

    @Test
    @Order(3)
    void cutsOfferTheCheapestAndKeepGrantsThatMustStay() {
        CliRun cheapest = blastwall("cuts", "--from", AGENT);
        String firstIds = grantIds(cheapest);

        CliRun kept = blastwall("cuts", "--from", AGENT, "--exclude-grant", firstIds);

        assertTrue(cheapest.out().contains("Cheapest"), cheapest.out());
        assertNotEquals(firstIds, grantIds(kept), kept.out());
    }

    @Test
    @Order(4)
    void aBudgetTooSmallIsSaid() {
        CliRun run = blastwallExiting("cuts", "--from", AGENT, "--max-cost", "0.1");

        assertTrue(run.out().contains("No cut within the budget of 0.10"), run.out());
        assertEquals(CutsCommand.OVER_BUDGET, run.exitCode(), run.err());
    }

    @Test
    @Order(5)
    void allAiAgentsAreCutAtOnce() {
        CliRun run = blastwall("cuts", "--sources", "ai-agents");

        assertTrue(run.out().contains("identities off from"), run.out());
    }

    @Test
    @Order(6)
    void aWhatIfShowsBeforeAndAfterWithoutChangingTheSnapshot() {
        String ids = grantIds(blastwall("cuts", "--from", AGENT));

        CliRun whatIf = blastwall("analyze", "--identity", AGENT, "--remove", ids);
        CliRun cutAfter = blastwall("cuts", "--from", AGENT, "--remove", ids);
        CliRun again = blastwall("analyze", "--identity", AGENT);

        assertTrue(whatIf.out().contains("What-if: without"), whatIf.out());
        assertTrue(whatIf.out().contains("crown jewels lost"), whatIf.out());
        assertTrue(cutAfter.out().contains("Nothing to cut"), cutAfter.out());
        assertFalse(again.out().contains("What-if"), again.out());
        assertTrue(again.out().contains(CUSTOMER_DATA), again.out());
    }

    @Test
    @Order(6)
    void cuttingTheTrustOfARoleTheAgentMayStillNameIsNoResourceGained() {
        // The cut closest to the agent removes the trust of the role it assumes; the agent's own
        // sts:AssumeRole permission still names that role, which must not read as a resource gained.
        String trust = grantIds(blastwall("cuts", "--from", AGENT, "--closest"));

        CliRun whatIf = blastwall("analyze", "--identity", AGENT, "--remove", trust);

        String role = trust.replaceFirst(".*:role/([^:]+):\\d+:.*", "$1");
        assertTrue(whatIf.out().lines().anyMatch(l -> l.contains("identities lost") && l.contains(role)), whatIf.out());
        assertFalse(whatIf.out().lines().anyMatch(l -> l.contains("resources gained") && l.contains(role)),
                whatIf.out());
        assertTrue(whatIf.out().contains("still accessible but no longer acted as (1): " + role), whatIf.out());
    }

    @Test
    @Order(7)
    void markingsAreStoredAndTheDiffShowsWhatTheyChange() {
        blastwall("analyze", "--sample");

        CliRun mark = blastwall("mark", CUSTOMER_DATA, "--not-crown-jewel");
        CliRun list = blastwall("mark");
        CliRun diff = blastwall("diff");

        assertTrue(mark.out().contains("marked not a crown jewel"), mark.out());
        assertTrue(list.out().contains(CUSTOMER_DATA), list.out());
        assertTrue(diff.out().contains("Change for " + AGENT), diff.out());
        assertTrue(diff.out().contains("crown jewels lost"), diff.out());
    }

    @Test
    @Order(8)
    void newSubcommandsHaveHelp() {
        for (String cmd : new String[] {"diff", "mark"}) {
            CliRun run = CliRun.of(cmd, "--help");
            assertEquals(0, run.exitCode(), cmd);
            assertTrue(run.out().contains("Usage: blastwall " + cmd), run.out());
        }
    }
}
