using Telegram.Bot.Types;

namespace DanVan.Bot.Messaging;

/// <summary>Who the bot is (from getMe), known once start-up has reached Telegram. Routing needs the username.</summary>
public sealed class BotIdentity
{
    private readonly TaskCompletionSource<User> _user = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsKnown => _user.Task.IsCompletedSuccessfully;

    /// <summary>The bot user; throws until <see cref="Set"/> was called.</summary>
    public User User => IsKnown ? _user.Task.Result : throw new InvalidOperationException("The bot identity is not known yet (getMe has not succeeded).");

    public long Id => User.Id;

    public string Username => User.Username ?? "";

    public void Set(User user) => _user.TrySetResult(user);

    public Task<User> WaitAsync(CancellationToken cancellationToken) => _user.Task.WaitAsync(cancellationToken);
}
