using InterviewPrep.Core.Review;

namespace InterviewPrep.Core.Tests.Review;

/// <summary>SM-2 against the formulas and interval rules published by Wozniak (1990).</summary>
public sealed class Sm2SchedulerTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RecallGrade.Easy, 2.6)]
    [InlineData(RecallGrade.Good, 2.5)]
    [InlineData(RecallGrade.Hard, 2.36)]
    [InlineData(RecallGrade.WrongButFamiliar, 2.18)]
    [InlineData(RecallGrade.Wrong, 1.96)]
    [InlineData(RecallGrade.Blackout, 1.7)]
    public void NextEasiness_FollowsThePublishedFormula(RecallGrade q, double expected)
    {
        // EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), from EF = 2.5.
        Sm2Scheduler.NextEasiness(2.5, q).Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void NextEasiness_NeverFallsBelow1Point3()
    {
        Sm2Scheduler.NextEasiness(1.4, RecallGrade.Blackout).Should().Be(1.3);
        Sm2Scheduler.NextEasiness(1.3, RecallGrade.Hard).Should().Be(1.3);
    }

    [Fact]
    public void Intervals_Are1Then6ThenPreviousTimesEF_RoundedUp()
    {
        Sm2Scheduler.Interval(1, 0, 2.5).Should().Be(1);
        Sm2Scheduler.Interval(2, 1, 2.5).Should().Be(6);
        Sm2Scheduler.Interval(3, 6, 2.5).Should().Be(15);
        Sm2Scheduler.Interval(4, 15, 2.5).Should().Be(38); // 37.5 rounds up
        Sm2Scheduler.Interval(3, 6, 1.3).Should().Be(8); // 7.8 rounds up
    }

    [Fact]
    public void Review_GoodEveryTime_GivesTheSequence1_6_15_38_95()
    {
        var state = Sm2State.New(Day0);
        var now = Day0;
        var intervals = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            state = Sm2Scheduler.Review(state, RecallGrade.Good, now);
            intervals.Add(state.IntervalDays);
            state.Due.Should().Be(now.AddDays(state.IntervalDays));
            now = state.Due;
        }

        intervals.Should().Equal(1, 6, 15, 38, 95);
        state.EasinessFactor.Should().Be(2.5);
        state.Repetitions.Should().Be(5);
    }

    [Fact]
    public void Review_EasyEveryTime_RaisesEFByTenthsAndStretchesIntervals()
    {
        var state = Sm2State.New(Day0);
        var intervals = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            state = Sm2Scheduler.Review(state, RecallGrade.Easy, state.Due);
            intervals.Add(state.IntervalDays);
        }

        state.EasinessFactor.Should().BeApproximately(2.9, 1e-9);
        intervals.Should().Equal(1, 6, 17, 50); // 6 x 2.8 = 16.8 -> 17; 17 x 2.9 = 49.3 -> 50
    }

    [Fact]
    public void Review_Lapse_RestartsRepetitionsWithoutChangingEF_AndIsDueAgainToday()
    {
        var state = Sm2State.New(Day0);
        state = Sm2Scheduler.Review(state, RecallGrade.Good, Day0);
        state = Sm2Scheduler.Review(state, RecallGrade.Hard, Day0.AddDays(1));
        var ef = state.EasinessFactor;
        ef.Should().BeApproximately(2.36, 1e-9);

        var lapsed = Sm2Scheduler.Review(state, RecallGrade.Wrong, Day0.AddDays(7));

        lapsed.Repetitions.Should().Be(0);
        lapsed.EasinessFactor.Should().Be(ef);
        lapsed.IsDue(Day0.AddDays(7)).Should().BeTrue();

        var again = Sm2Scheduler.Review(lapsed, RecallGrade.Good, Day0.AddDays(7));
        again.IntervalDays.Should().Be(1);
        again.Repetitions.Should().Be(1);
    }

    [Fact]
    public void Review_Hard_IsRepeatedTheSameDayUntilItScoresFour_WithoutCountingTheRepeat()
    {
        var state = Sm2Scheduler.Review(Sm2State.New(Day0), RecallGrade.Good, Day0);
        var hard = Sm2Scheduler.Review(state, RecallGrade.Hard, Day0.AddDays(1));
        hard.Due.Should().Be(Day0.AddDays(1));
        hard.IntervalDays.Should().Be(6);

        var repeat = Sm2Scheduler.Review(hard, RecallGrade.Good, Day0.AddDays(1));

        repeat.Repetitions.Should().Be(2);
        repeat.EasinessFactor.Should().Be(hard.EasinessFactor);
        repeat.Due.Should().Be(Day0.AddDays(7));
    }
}
