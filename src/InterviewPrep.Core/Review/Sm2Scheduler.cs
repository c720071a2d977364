namespace InterviewPrep.Core.Review;

/// <summary>How well a card was recalled, on SM-2's 0–5 quality scale.</summary>
public enum RecallGrade
{
    /// <summary>0: complete blackout.</summary>
    Blackout = 0,

    /// <summary>1: incorrect; the right answer seemed familiar once seen.</summary>
    Wrong = 1,

    /// <summary>2: incorrect, but the right answer seemed easy to recall once seen.</summary>
    WrongButFamiliar = 2,

    /// <summary>3: correct, with serious difficulty.</summary>
    Hard = 3,

    /// <summary>4: correct after a hesitation.</summary>
    Good = 4,

    /// <summary>5: perfect response.</summary>
    Easy = 5,
}

/// <summary>The SM-2 state of one card: kept per user and card, updated by every review.</summary>
/// <param name="Repetitions">Successful reviews in a row (n in SM-2); 0 for a new or lapsed card.</param>
/// <param name="EasinessFactor">EF, starting at 2.5 and never below 1.3.</param>
/// <param name="IntervalDays">The last inter-repetition interval I(n) in days; 0 for a new card.</param>
/// <param name="Due">When the card is next due (UTC).</param>
public sealed record Sm2State(int Repetitions, double EasinessFactor, int IntervalDays, DateTimeOffset Due)
{
    /// <summary>SM-2's starting easiness factor.</summary>
    public const double InitialEasiness = 2.5;

    /// <summary>SM-2's floor: "EF … should not fall below 1.3".</summary>
    public const double MinimumEasiness = 1.3;

    /// <summary>A card never reviewed: due now.</summary>
    public static Sm2State New(DateTimeOffset now) => new(0, InitialEasiness, 0, now);

    /// <summary>
    /// True after a lapse or a hard answer: SM-2 repeats such items in the same session until they
    /// score 4 or more, and those same-day repeats do not count as repetitions.
    /// </summary>
    public bool RepeatToday { get; init; }

    public bool IsDue(DateTimeOffset now) => Due <= now;
}

/// <summary>
/// SuperMemo 2, as published by P. A. Wozniak, "Optimization of learning" (1990), chapter 3.2
/// "Application of a computer to improve the results obtained in working with the SuperMemo
/// method" (the SM-2 algorithm, supermemo.com/english/ol/sm2.htm):
/// <list type="number">
/// <item>I(1) = 1 day, I(2) = 6 days, and for n &gt; 2, I(n) = I(n-1) × EF, rounded up.</item>
/// <item>After each response of quality q (0–5): EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02)), and EF is never below 1.3.</item>
/// <item>If q &lt; 3, repetitions restart from I(1) without changing EF.</item>
/// <item>Items answered with q &lt; 4 are repeated the same day until they reach 4 (here: due again at once).</item>
/// </list>
/// Chosen over FSRS because its few formulas can be checked by hand, the interview horizon is days
/// or weeks (not years of history to fit FSRS's weights on), and a coach can explain it in a line.
/// </summary>
public static class Sm2Scheduler
{
    /// <summary>EF after a response of quality <paramref name="q"/>: the published formula, floored at 1.3.</summary>
    public static double NextEasiness(double ef, RecallGrade q)
    {
        var d = 5 - (int)q;
        return Math.Max(Sm2State.MinimumEasiness, ef + (0.1 - (d * (0.08 + (d * 0.02)))));
    }

    /// <summary>I(n) for the n-th successful repetition given the previous interval and EF: 1, 6, then I(n-1) × EF rounded up.</summary>
    public static int Interval(int n, int previousInterval, double ef) => n switch
    {
        <= 1 => 1,
        2 => 6,
        _ => (int)Math.Ceiling(previousInterval * ef - 1e-9),
    };

    /// <summary>Applies one review at <paramref name="now"/>.</summary>
    public static Sm2State Review(Sm2State state, RecallGrade grade, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (grade < RecallGrade.Hard)
        {
            // A lapse: start the repetitions again; EF is left alone (step 6 of SM-2). Due again today.
            return state with { Repetitions = 0, IntervalDays = 0, Due = now, RepeatToday = true };
        }

        if (state.RepeatToday && state.Repetitions > 0)
        {
            // A same-day repeat of an item already scheduled today: only clears it once it reaches 4.
            return grade >= RecallGrade.Good ? state with { Due = now.AddDays(state.IntervalDays), RepeatToday = false } : state with { Due = now };
        }

        var ef = NextEasiness(state.EasinessFactor, grade);
        var n = state.Repetitions + 1;
        var interval = Interval(n, state.IntervalDays, ef);

        // Step 7: a correct but hard answer (q = 3) is asked again in the same session.
        var hard = grade == RecallGrade.Hard;
        return new Sm2State(n, ef, interval, hard ? now : now.AddDays(interval)) { RepeatToday = hard };
    }
}
