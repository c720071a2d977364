namespace InterviewPrep.Web.Services;

/// <summary>Short human names for scoring rule ids, for badges and lists.</summary>
public static class RuleNames
{
    public static string Of(string rule) => rule switch
    {
        "we-language" => "“We” hides your part",
        "missing-metric" => "No metric",
        "missing-scope-boundary" => "No scope boundary",
        "vague-result" => "Vague result",
        "generic-reflection" => "Generic reflection",
        "handoff" => "Hand-off",
        "manager-prompted" => "Manager-prompted",
        "hedging" => "Hedging",
        "over-time" => "Over time",
        "missing-section" => "Missing section",
        "thin-action" => "Thin action",
        "duplicate-sections" => "Repeated sections",
        "no-first-person" => "Never says “I”",
        "fact-changed" => "Differs from the original",
        "claim-changed" => "Who did it differs",
        _ => rule,
    };
}
