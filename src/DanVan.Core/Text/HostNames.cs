using System.Text.RegularExpressions;

namespace DanVan.Core.Text;

/// <summary>
/// A publisher given as a web address ("Baonghean.vn", "baobinhphuoc.com.vn") is searchable by its name only: its
/// domain suffix is no word of the document ("vn" would otherwise be read as the abbreviation of Việt Nam and match
/// every question naming the country).
/// </summary>
public static partial class HostNames
{
    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?<name>[\p{L}\d-]+(?:\.[\p{L}\d-]+)*?)(?:\.(?:com|net|org|gov|edu|info|biz|vn))+/?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostName();

    /// <summary>The text without its domain suffix when the whole text is a host name; otherwise as it is.</summary>
    public static string? WithoutSuffix(string? text) =>
        text is not null && HostName().Match(text.Trim()) is { Success: true } match ? match.Groups["name"].Value : text;
}
