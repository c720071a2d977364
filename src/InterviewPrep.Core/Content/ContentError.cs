namespace InterviewPrep.Core.Content;

/// <summary>A problem in a content file, located so a coach can jump straight to it.</summary>
/// <param name="File">Path of the file, relative to the working directory where possible.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
public sealed record ContentError(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Thrown when content cannot be served: the site refuses to start rather than half-load.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<ContentError> errors)
        : base($"Content has {errors.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ContentValidationException() : this([]) { }

    public ContentValidationException(string message) : base(message) => Errors = [];

    public ContentValidationException(string message, Exception inner) : base(message, inner) => Errors = [];

    public IReadOnlyList<ContentError> Errors { get; }
}
