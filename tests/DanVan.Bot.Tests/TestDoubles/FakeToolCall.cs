namespace DanVan.Bot.Tests.TestDoubles;

/// <summary>A tool call the fake model asks for: the tool's name as offered in the request and its JSON arguments.</summary>
public sealed record FakeToolCall(string Name, string ArgumentsJson);
