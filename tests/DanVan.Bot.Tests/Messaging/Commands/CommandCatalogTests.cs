using DanVan.Bot.Messaging.Commands;
using DanVan.Bot.Tests.TestDoubles;

namespace DanVan.Bot.Tests.Messaging.Commands;

public sealed class CommandCatalogTests
{
    [Fact]
    public void Menu_PublicAndAdmin_AdminMenuHasEverything()
    {
        var catalog = new CommandCatalog([new RecordingBotCommand("ask", "Hỏi", false), new RecordingBotCommand("docs", "Tài liệu", true)]);

        Assert.Equal(["ask"], catalog.Menu(isAdmin: false).Select(c => c.Command));
        Assert.Equal(["ask", "docs"], catalog.Menu(isAdmin: true).Select(c => c.Command));
        Assert.True(catalog.TryGet("docs", out var docs));
        Assert.True(docs.AdminOnly);
    }

    [Fact]
    public void Constructor_SameNameTwice_FailsNamingBothTypes()
    {
        var ex = Assert.Throws<InvalidOperationException>(() =>
            new CommandCatalog([new RecordingBotCommand("ask", "Hỏi", false), new RecordingBotCommand("ask", "Hỏi lại", false)]));

        Assert.Contains("/ask is registered by both", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ask")]
    [InlineData("hỏi")]
    [InlineData("")]
    [InlineData("a_name_that_is_far_too_long_for_telegram")]
    public void Constructor_InvalidName_Fails(string name) =>
        Assert.Throws<InvalidOperationException>(() => new CommandCatalog([new RecordingBotCommand(name, "Mô tả", false)]));

    [Fact]
    public void Constructor_EmptyDescription_Fails() =>
        Assert.Throws<InvalidOperationException>(() => new CommandCatalog([new RecordingBotCommand("ask", "", false)]));
}
