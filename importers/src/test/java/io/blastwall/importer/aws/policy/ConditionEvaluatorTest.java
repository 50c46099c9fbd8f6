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

    @org.junit.jupiter.api.Test
    void reportsTheClausesItCouldNotDecide() {
        ConditionClause known = new ConditionClause("StringEquals", "aws:username", List.of("alice"), "{\"known\":1}");
        ConditionClause unknown = new ConditionClause("StringEquals", "sts:ExternalId", List.of("x"), "{\"unknown\":1}");
        assertEquals(new ConditionResult(Tri.UNKNOWN, List.of("{\"unknown\":1}")),
                ConditionEvaluator.evaluate(List.of(known, unknown), CONTEXT));
    }
}
