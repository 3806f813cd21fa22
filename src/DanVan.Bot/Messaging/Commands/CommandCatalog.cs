using System.Text.RegularExpressions;
using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging.Commands;

/// <summary>
/// Every registered <see cref="IBotCommand"/> by name, checked once at start: Telegram accepts names of 1–32 lower-case
/// letters, digits and underscores and descriptions of 1–256 characters, and two features must not claim the same name.
/// </summary>
internal sealed partial class CommandCatalog
{
    private readonly Dictionary<string, IBotCommand> _byName = new(StringComparer.Ordinal);

    public CommandCatalog(IEnumerable<IBotCommand> commands)
    {
        var problems = new List<string>();
        var all = new List<IBotCommand>();
        foreach (var command in commands)
        {
            if (!NameShape().IsMatch(command.Name))
            {
                problems.Add($"command name '{command.Name}' ({command.GetType().Name}) must be 1–32 characters of a–z, 0–9 or _");
            }
            else if (command.Description.Length is < 1 or > 256)
            {
                problems.Add($"/{command.Name} ({command.GetType().Name}) needs a description of 1–256 characters");
            }
            else if (!_byName.TryAdd(command.Name, command))
            {
                problems.Add($"/{command.Name} is registered by both {_byName[command.Name].GetType().Name} and {command.GetType().Name}");
            }
            else
            {
                all.Add(command);
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid bot commands: " + string.Join("; ", problems) + ".");
        }

        All = all;
    }

    /// <summary>All commands in registration order.</summary>
    public IReadOnlyList<IBotCommand> All { get; }

    public bool TryGet(string name, out IBotCommand command) => _byName.TryGetValue(name, out command!);

    /// <summary>The commands a user sees: public ones, plus admin ones for admins.</summary>
    public IEnumerable<IBotCommand> VisibleTo(bool isAdmin) => All.Where(c => isAdmin || !c.AdminOnly);

    /// <summary>The setMyCommands list for everyone or for admins.</summary>
    public IReadOnlyList<BotCommand> Menu(bool isAdmin) => VisibleTo(isAdmin).Select(c => new BotCommand(c.Name, c.Description)).ToList();

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex NameShape();
}
