using InterviewPrep.Core.Content;

namespace InterviewPrep.Cli;

/// <summary>
/// The <c>interviewprep</c> command line. Kept free of console globals (writers are passed in)
/// so tests run it in-process and read exactly what a user would see.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Usage = 2;

    private const string Help = """
        usage:
          interviewprep content validate [--content DIR]
              Checks every file under DIR (default: the repository's content/ folder).
              Exit 0 when valid; otherwise one line per problem, file:line: message, exit 1.
          interviewprep score PATH [--format json|text] [--content DIR]
              Scores a STAR story file (Markdown with ## Situation ... ## Reflection headings and
              optional front matter: level: sde1|sde2|senior, principle:, title:) or every *.md
              in a folder. Rules come from DIR/scoring. Exit 0 when scored; 1 when the content is
              invalid; 2 for an unreadable file or a file with no STAR sections. A README.md in
              a folder is named and skipped.
          interviewprep compare ORIGINAL.md VARIANT.md [--format json|text] [--content DIR]
              Lists the facts (numbers with units, before -> after, names, teams, dates, who did
              what) that the variant changed, added or left out. Exit 0 when no fact changed, 1
              when one did (fact-changed, claim-changed), 2 for unreadable input.
          interviewprep evaluate DIR [--misses] [--content DIR]
              Scores every story DIR/*.md against its coach's labels in DIR/labels/<name>.yaml and
              prints recall of expected findings, the quiet rate, verdict agreement and precision
              and recall per rule; --misses lists every disagreement.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Help);
            return args.Length == 0 ? Usage : Ok;
        }

        return args[0] switch
        {
            "content" when args.Length >= 2 && args[1] == "validate" => Validate(args[2..], stdout, stderr),
            "score" => ScoreCommand.Run(args[1..], stdout, stderr),
            "evaluate" => EvaluateCommand.Run(args[1..], stdout, stderr),
            "compare" => CompareCommand.Run(args[1..], stdout, stderr),
            _ => UsageError($"unknown command '{string.Join(' ', args)}'", stderr),
        };
    }

    internal static int UsageError(string message, TextWriter stderr)
    {
        stderr.WriteLine($"interviewprep: {message}");
        stderr.WriteLine(Help);
        return Usage;
    }

    /// <summary>Reads "--name value" options; returns false (after reporting) on anything unexpected.</summary>
    internal static bool TryParseOptions(string[] args, IReadOnlyCollection<string> known, Dictionary<string, string> options, List<string> positional, TextWriter stderr)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a;
                string? value = null;
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    name = a[..eq];
                    value = a[(eq + 1)..];
                }
                else if (i + 1 < args.Length)
                {
                    value = args[++i];
                }

                if (!known.Contains(name))
                {
                    UsageError($"unknown option '{name}'", stderr);
                    return false;
                }

                if (value is null)
                {
                    UsageError($"option '{name}' needs a value", stderr);
                    return false;
                }

                options[name] = value;
            }
            else
            {
                positional.Add(a);
            }
        }

        return true;
    }

    private static int Validate(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        if (!TryParseOptions(args, ["--content"], options, positional, stderr))
        {
            return Usage;
        }

        if (positional.Count > 0)
        {
            return UsageError($"unexpected argument '{positional[0]}'", stderr);
        }

        var root = options.GetValueOrDefault("--content") ?? ContentPaths.FindDefault();
        var result = ContentLoader.Load(root);
        if (!result.Ok)
        {
            foreach (var error in result.Errors)
            {
                stdout.WriteLine(error.ToString());
            }

            stderr.WriteLine($"{result.Errors.Count} problem(s) in {ContentLoader.Display(root)}");
            return Invalid;
        }

        var c = result.Catalog!;
        stdout.WriteLine($"content OK: {c.Companies.Count} companies, {c.Themes.Count} themes, {c.Walkthroughs.Count} walkthroughs, {c.Walkthroughs.Sum(w => w.Quiz.Count)} quiz questions, {c.Scoring.Rules.Count} scoring rules{(c.Facts is { } f ? $", {f.Units.Count} fact units, {f.ClaimVerbs.Count} claim verb groups" : "")}{(c.Levels is { } l ? $", {l.Signals.Count} level signals" : "")} ({ContentLoader.Display(root)})");
        return Ok;
    }
}
