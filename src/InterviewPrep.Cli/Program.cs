using System.Text;
using InterviewPrep.Cli;

// Console.Out flushes on every write: scoring a folder of thousands of stories would spend most of
// its time in write system calls. One buffered writer, flushed once at the end, costs nothing.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = CliApp.Run(args, stdout, Console.Error);
stdout.Flush();
return code;
