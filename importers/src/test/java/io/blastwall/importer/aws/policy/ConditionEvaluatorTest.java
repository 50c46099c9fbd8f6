package io.blastwall.importer.aws.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionEvaluatorTest {
    private static final RequestContext CONTEXT = RequestContext.builder()
            .value("aws:username", "alice")
            .value("aws:PrincipalTag/team", "payments")
            .absentUnlessGiven("aws:PrincipalTag/")
            .absent("aws:SourceVpc")
            .build();

    @ParameterizedTest
    @CsvSource(textBlock = """
            StringEquals,                 aws:username,            alice,      TRUE
            StringEquals,                 AWS:UserName,            bob,        FALSE
            StringNotEquals,              aws:username,            bob,        TRUE
            StringLike,                   aws:PrincipalTag/team,   pay*,       TRUE
            StringEquals,                 aws:PrincipalTag/owner,  x,          FALSE
            StringNotEquals,              aws:PrincipalTag/owner,  x,          TRUE
            StringEqualsIfExists,         aws:SourceVpc,           vpc-1,      TRUE
            ForAllValues:StringEquals,    aws:SourceVpc,           vpc-1,      TRUE
            ForAnyValue:StringEquals,     aws:SourceVpc,           vpc-1,      FALSE
            Null,                         aws:SourceVpc,           true,       TRUE
            Null,                         aws:username,            true,       FALSE
            Bool,                         aws:MultiFactorAuthPresent, true,    UNKNOWN
            BoolIfExists,                 aws:MultiFactorAuthPresent, false,   UNKNOWN
            StringEquals,                 sts:ExternalId,          abc,        UNKNOWN
            IpAddress,                    aws:SourceIp,            10.0.0.0/8, UNKNOWN
            """)
    void decidesKnownKeysAndLeavesTheRestUnknown(String operator, String key, String value, Tri expected) {
        ConditionClause clause = new ConditionClause(operator, key, List.of(value), "{}");
        assertEquals(expected, ConditionEvaluator.evaluate(List.of(clause), CONTEXT).value());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            StringEquals, aws:username, ${aws:username}, TRUE
            StringEquals, aws:username, ${aws:SourceIp}, UNKNOWN
            """)
    void substitutesPolicyVariablesInConditionValues(String operator, String key, String value, Tri expected) {
        ConditionClause clause = new ConditionClause(operator, key, List.of(value), "{}");
        assertEquals(expected, ConditionEvaluator.evaluate(List.of(clause), CONTEXT).value());
    }

    /** Now is 2026-12-04T12:00Z: bounds more than 36 hours earlier are past for every request or session to come. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            DateLessThan,            aws:TokenIssueTime, 2020-01-01T00:00:01Z, FALSE
            DateLessThanEquals,      aws:CurrentTime,    2026-12-01T00:00:00Z, FALSE
            DateLessThan,            aws:CurrentTime,    2026-12-04T00:00:00Z, UNKNOWN
            DateLessThan,            aws:CurrentTime,    2027-01-01T00:00:00Z, UNKNOWN
            DateGreaterThan,         aws:CurrentTime,    2020-01-01,           TRUE
            DateGreaterThan,         aws:TokenIssueTime, 1577836800,           TRUE
            DateGreaterThan,         aws:CurrentTime,    2027-01-01T00:00:00Z, UNKNOWN
            DateEquals,              aws:CurrentTime,    2020-01-01T00:00:00Z, FALSE
            DateNotEquals,           aws:CurrentTime,    2020-01-01T00:00:00Z, TRUE
            DateLessThan,            aws:CurrentTime,    not-a-date,           UNKNOWN
            DateLessThan,            aws:SomeOtherTime,  2020-01-01T00:00:00Z, UNKNOWN
            ForAnyValue:DateLessThan, aws:CurrentTime,   2020-01-01T00:00:00Z, UNKNOWN
            """)
    void aDateBoundInThePastSettlesTheTimeOfEveryRequestToCome(String operator, String key, String value, Tri expected) {
        ConditionClause clause = new ConditionClause(operator, key, List.of(value), "{}");
        assertEquals(expected, ConditionEvaluator.timeBound(clause, ConditionEvaluator.Operator.parse(operator),
                java.time.Instant.parse("2026-12-04T12:00:00Z")));
    }

    @org.junit.jupiter.api.Test
    void reportsTheClausesItCouldNotDecide() {
        ConditionClause known = new ConditionClause("StringEquals", "aws:username", List.of("alice"), "{\"known\":1}");
        ConditionClause unknown = new ConditionClause("StringEquals", "sts:ExternalId", List.of("x"), "{\"unknown\":1}");
        assertEquals(new ConditionResult(Tri.UNKNOWN, List.of("{\"unknown\":1}")),
                ConditionEvaluator.evaluate(List.of(known, unknown), CONTEXT));
    }
}
