using System.Diagnostics;

namespace ResourceGen.Pipeline;

/// <summary>How long one build stage took.</summary>
/// <param name="Stage">The stage's name.</param>
/// <param name="Elapsed">Its wall-clock time.</param>
/// <param name="Cpu">The processor time the whole process used meanwhile, on all cores; above <paramref name="Elapsed"/> when the stage ran in parallel.</param>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>Records the time of each build stage, for <c>--verbose</c>.</summary>
internal sealed class StageTimer
{
    private readonly List<StageTiming> _timings = [];
    private readonly Stopwatch _stopwatch = Stopwatch.StartNew();
    private TimeSpan _cpuAtStart = Environment.CpuUsage.TotalTime;

    public IReadOnlyList<StageTiming> Timings => _timings;

    /// <summary>Ends the current stage under <paramref name="stage"/> and starts the next.</summary>
    public void Lap(string stage)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        _timings.Add(new StageTiming(stage, _stopwatch.Elapsed, cpu - _cpuAtStart));
        _cpuAtStart = cpu;
        _stopwatch.Restart();
    }
}
