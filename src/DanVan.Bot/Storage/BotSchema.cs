using DanVan.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bot.Storage;

/// <summary>
/// The bot's own tables (owner <c>bot</c> in <c>schema_versions</c>): Telegram delivery state, which Core neither reads
/// nor knows. Core owns the domain's tables (documents, passages and their index, courses and the digest's
/// subscriptions, the question log) and keeps its own version in PRAGMA user_version. Until 2026-12 these two steps
/// were Core's steps 4 and 7: a database made then has the tables already, and they are adopted, not created again
/// (<see cref="SchemaStep.CreatesTable"/>). Append new steps at the end; never edit a shipped one.
/// </summary>
public static class BotSchema
{
    public const string Owner = "bot";

    public static SchemaMigrations Migrations { get; } = new(Owner,
    [
        // 1: Telegram. Updates seen (polling restarts and webhook retries are idempotent; webhook payloads wait here
        // until handled) and the bot's answer messages with their questions, for follow-up replies.
        // The polling offset lives in Core's kv table under 'telegram.offset'.
        new("""
            CREATE TABLE telegram_updates (
                update_id    INTEGER PRIMARY KEY,
                payload      TEXT,
                received_at  TEXT NOT NULL,
                processed_at TEXT
            );
            CREATE INDEX ix_telegram_updates_pending ON telegram_updates(update_id) WHERE processed_at IS NULL;
            CREATE TABLE telegram_answers (
                chat_id    INTEGER NOT NULL,
                message_id INTEGER NOT NULL,
                question   TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (chat_id, message_id)
            ) WITHOUT ROWID;
            CREATE INDEX ix_telegram_answers_created ON telegram_answers(created_at);
            """, CreatesTable: "telegram_updates"),
        // 2: Telegram delivery. Every received update (polling too) waits in telegram_updates until handled; one that
        // keeps failing is set aside (failed_at) after a bounded number of attempts. Replies wait in telegram_outbox,
        // written in the same transaction that marks their update handled, until Telegram accepts them.
        new("""
            ALTER TABLE telegram_updates ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE telegram_updates ADD COLUMN next_attempt_at TEXT;
            ALTER TABLE telegram_updates ADD COLUMN failed_at TEXT;
            ALTER TABLE telegram_updates ADD COLUMN last_error TEXT;
            DROP INDEX ix_telegram_updates_pending;
            CREATE INDEX ix_telegram_updates_pending ON telegram_updates(update_id) WHERE processed_at IS NULL AND failed_at IS NULL;
            CREATE INDEX ix_telegram_updates_failed ON telegram_updates(failed_at) WHERE failed_at IS NOT NULL;
            CREATE TABLE telegram_outbox (
                id                  INTEGER PRIMARY KEY AUTOINCREMENT,
                chat_id             INTEGER NOT NULL,
                update_id           INTEGER,
                text                TEXT NOT NULL,
                parse_mode          TEXT,
                reply_to_message_id INTEGER,
                reply_markup        TEXT,
                follow_up_question  TEXT,
                created_at          TEXT NOT NULL,
                attempts            INTEGER NOT NULL DEFAULT 0,
                next_attempt_at     TEXT NOT NULL,
                status              TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dropped', 'expired', 'failed')),
                message_id          INTEGER,
                done_at             TEXT,
                last_error          TEXT
            );
            CREATE INDEX ix_telegram_outbox_pending ON telegram_outbox(chat_id, id) WHERE status = 'pending';
            CREATE INDEX ix_telegram_outbox_done ON telegram_outbox(done_at) WHERE status <> 'pending';
            """, CreatesTable: "telegram_outbox"),
    ]);

    /// <summary>
    /// Registers the bot's migrations with the database (applied after Core's when the file is first opened). Every host
    /// the bot builds calls it, so verbs that read delivery state (<c>updates failed</c>, <c>health</c>) find the tables.
    /// </summary>
    public static IServiceCollection AddBotSchema(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(SchemaMigrations) && ReferenceEquals(d.ImplementationInstance, Migrations)))
        {
            services.AddSingleton(Migrations);
        }

        return services;
    }
}
