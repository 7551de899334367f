namespace Scopewise.Demo.Infrastructure;

/// <summary>
/// The parsed command line: positional words (`pages get 42`) and `--name value` options (`--space DEMO`), plus
/// `--help`/`-h`. Small on purpose: the demo has a handful of commands and no dependency for parsing them.
/// </summary>
public sealed class CommandLine
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--help", "-h" };

    private readonly Dictionary<string, string> _options;

    private CommandLine(List<string> words, Dictionary<string, string> options, bool help)
    {
        Words = words;
        _options = options;
        Help = help;
    }

    /// <summary>The positional words in order.</summary>
    public IReadOnlyList<string> Words { get; }

    /// <summary>True when `--help` or `-h` was given anywhere.</summary>
    public bool Help { get; }

    /// <summary>Splits <paramref name="args"/>.</summary>
    /// <exception cref="UsageException">An option has no value.</exception>
    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg))
            {
                help = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"The option {arg} needs a value, for example {arg} VALUE.");
                }

                options[arg[2..]] = args[++i];
            }
            else
            {
                words.Add(arg);
            }
        }

        return new CommandLine(words, options, help);
    }

    /// <summary>The word at <paramref name="index"/>, or null.</summary>
    public string? Word(int index) => index < Words.Count ? Words[index] : null;

    /// <summary>The value of `--name`, or null.</summary>
    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <summary>The value of `--name` as a positive number, or <paramref name="fallback"/>.</summary>
    /// <exception cref="UsageException">The value is not a positive whole number.</exception>
    public int PositiveNumber(string name, int fallback)
    {
        var value = Option(name);
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"--{name} must be a positive whole number, not '{value}'.");
    }

    /// <summary>Names options the command does not know, so a typo is an error instead of being ignored.</summary>
    /// <exception cref="UsageException">An option outside <paramref name="known"/> was given.</exception>
    public void AllowOnly(params string[] known)
    {
        var unknown = _options.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"Unknown option --{unknown[0]}."
                + (known.Length == 0 ? " This command takes no options." : $" This command takes {string.Join(", ", known.Select(k => "--" + k))}."));
        }
    }
}
