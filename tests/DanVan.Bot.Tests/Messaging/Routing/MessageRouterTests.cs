using System.Text;
using DanVan.Bot.Messaging.Routing;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace DanVan.Bot.Tests.Messaging.Routing;

public sealed class MessageRouterTests
{
    private static readonly User Bot = new() { Id = 999, IsBot = true, FirstName = "Trợ lý", Username = "DanVanBot" };
    private static readonly User Person = new() { Id = 5, FirstName = "Lan" };
    private static readonly Chat Private = new() { Id = 5, Type = ChatType.Private };
    private static readonly Chat Group = new() { Id = -100, Type = ChatType.Supergroup, Title = "Chi bộ" };

    [Fact]
    public void Route_PrivatePlainText_IsQuestion() =>
        Assert.Equal(new MessageRoute(RouteKind.Question, "Dân vận là gì?"), MessageRouter.Route(Text(Private, "  Dân vận là gì? "), Bot));

    [Fact]
    public void Route_PrivateCommand_IsCommandWithArguments() =>
        Assert.Equal(new MessageRoute(RouteKind.Command, "Dân vận là gì?", "ask"),
            MessageRouter.Route(Text(Private, "/ask Dân vận là gì?", Entity("bot_command", 0, 4)), Bot));

    [Theory]
    [InlineData("/ask Dân vận là gì?", 4, false)]
    [InlineData("/ask@DanVanBot Dân vận là gì?", 14, true)]
    [InlineData("/ASK@danvanbot Dân vận là gì?", 14, true)]
    [InlineData("/Ask@DANVANBOT    Dân vận là gì?", 14, true)]
    public void Route_GroupAskForms_CommandAskWithQuestion(string text, int commandLength, bool addressed) =>
        Assert.Equal(new MessageRoute(RouteKind.Command, "Dân vận là gì?", "ask", addressed),
            MessageRouter.Route(Text(Group, text, Entity("bot_command", 0, commandLength)), Bot));

    [Fact]
    public void Route_CommandForAnotherBot_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(Group, "/ask@OtherBot câu hỏi", Entity("bot_command", 0, 13)), Bot).Kind);

    [Fact]
    public void Route_CommandForAnotherBotInPrivate_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(Private, "/start@OtherBot", Entity("bot_command", 0, 15)), Bot).Kind);

    [Fact]
    public void Route_GroupPlainText_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(Group, "Chiều nay họp chi bộ"), Bot).Kind);

    [Fact]
    public void Route_GroupMentionOfSomeoneElse_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(Group, "@LanNguyen hỏi giúp", Entity("mention", 0, 10)), Bot).Kind);

    [Fact]
    public void Route_GroupMentionAfterEmojiAndVietnamese_StrippedByUtf16Offsets()
    {
        // 👍 is two UTF-16 code units; "Chào" (NFC) four: the mention starts at code unit 8.
        const string text = "👍 Chào @DanVanBot, dân vận là gì?";

        var route = MessageRouter.Route(Text(Group, text, Entity("mention", 8, 10)), Bot);

        Assert.Equal(new MessageRoute(RouteKind.Question, "👍 Chào, dân vận là gì?"), route);
    }

    [Fact]
    public void Route_GroupMentionAfterDecomposedVietnameseAndFlags_StrippedByUtf16Offsets()
    {
        // Two flags are eight code units, decomposed "Chào" five (a + combining grave): with the spaces the mention starts at 15.
        var text = "🇻🇳🇻🇳 " + "Chào".Normalize(NormalizationForm.FormD) + " @danvanbot hỏi về dân vận";

        var route = MessageRouter.Route(Text(Group, text, Entity("mention", 15, 10)), Bot);

        Assert.Equal(15, text.IndexOf('@', StringComparison.Ordinal));
        Assert.Equal("🇻🇳🇻🇳 " + "Chào".Normalize(NormalizationForm.FormD) + " hỏi về dân vận", route.Text);
    }

    [Fact]
    public void Route_GroupReplyToBot_IsQuestion()
    {
        var reply = Text(Group, "Còn ở cơ sở thì sao?");
        reply.ReplyToMessage = new Message { Id = 10, Chat = Group, From = Bot, Text = "Trả lời" };

        Assert.Equal(new MessageRoute(RouteKind.Question, "Còn ở cơ sở thì sao?"), MessageRouter.Route(reply, Bot));
    }

    [Fact]
    public void Route_GroupReplyToPerson_Ignored()
    {
        var reply = Text(Group, "Đồng ý");
        reply.ReplyToMessage = new Message { Id = 10, Chat = Group, From = Person, Text = "Họp nhé" };

        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(reply, Bot).Kind);
    }

    [Theory]
    [InlineData("private", null, true)]
    [InlineData("private", "tài liệu mới", true)]
    [InlineData("supergroup", null, false)]
    [InlineData("supergroup", "tài liệu mới", false)]
    [InlineData("supergroup", "/ingest", true)]
    [InlineData("group", "/ingest@DanVanBot", true)]
    [InlineData("group", "/ingest@OtherBot", false)]
    public void Route_Document_UploadOnlyInPrivateOrWithIngestCaption(string chatType, string? caption, bool isUpload)
    {
        var type = Enum.Parse<ChatType>(chatType, ignoreCase: true);
        var chat = new Chat { Id = type == ChatType.Private ? 5 : -100, Type = type };
        var entities = caption?.StartsWith('/') == true ? new[] { Entity("bot_command", 0, caption.Split(' ')[0].Length) } : null;
        var message = new Message
        {
            Id = 1,
            Chat = chat,
            From = Person,
            Caption = caption,
            CaptionEntities = entities,
            Document = new Document { FileId = "f", FileUniqueId = "u", FileName = "a.docx" },
        };

        Assert.Equal(isUpload ? RouteKind.Upload : RouteKind.Ignore, MessageRouter.Route(message, Bot).Kind);
    }

    [Fact]
    public void Route_ChannelPost_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(new Chat { Id = -5, Type = ChatType.Channel }, "tin"), Bot).Kind);

    [Fact]
    public void Route_OwnMessage_Ignored() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(With(Text(Private, "tin của bot"), m => m.From = Bot), Bot).Kind);

    [Fact]
    public void Route_EntitiesMissing_CommandStillRecognised() =>
        Assert.Equal(new MessageRoute(RouteKind.Command, "x", "ask", true), MessageRouter.Route(With(Text(Group, "/ask@DanVanBot x"), m => m.Entities = null), Bot));

    [Fact]
    public void Route_EntityOutOfRange_IgnoredSafely() =>
        Assert.Equal(RouteKind.Ignore, MessageRouter.Route(Text(Group, "@DanVanBot", Entity("mention", 5, 10)), Bot).Kind);

    private static Message Text(Chat chat, string text, params MessageEntity[] entities) =>
        new() { Id = 1, Chat = chat, From = Person, Text = text, Entities = entities };

    private static Message With(Message message, Action<Message> change)
    {
        change(message);
        return message;
    }

    private static MessageEntity Entity(string type, int offset, int length) => new()
    {
        Type = type switch
        {
            "bot_command" => MessageEntityType.BotCommand,
            "mention" => MessageEntityType.Mention,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not used by these tests"),
        },
        Offset = offset,
        Length = length,
    };
}
